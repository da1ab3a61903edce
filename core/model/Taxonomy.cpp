#include "model/Taxonomy.h"

#include <QCoreApplication>

namespace unblock {

QStringList defaultCategories() {
    const char* const names[] = {
        QT_TRANSLATE_NOOP("Taxonomy", "Leadership & management support"),
        QT_TRANSLATE_NOOP("Taxonomy", "Culture & resistance to change"),
        QT_TRANSLATE_NOOP("Taxonomy", "Budgets & finance"),
        QT_TRANSLATE_NOOP("Taxonomy", "Skills & resources"),
        QT_TRANSLATE_NOOP("Taxonomy", "Customer insight"),
        QT_TRANSLATE_NOOP("Taxonomy", "Service-area silos & departmental focus"),
        QT_TRANSLATE_NOOP("Taxonomy", "Content & jargon"),
        QT_TRANSLATE_NOOP("Taxonomy", "Devolved publishing"),
        QT_TRANSLATE_NOOP("Taxonomy", "Procurement & suppliers"),
        QT_TRANSLATE_NOOP("Taxonomy", "Legacy & ageing software"),
        QT_TRANSLATE_NOOP("Taxonomy", "Integration, APIs & middleware"),
        QT_TRANSLATE_NOOP("Taxonomy", "Infrastructure, broadband & demographics"),
        QT_TRANSLATE_NOOP("Taxonomy", "Governance & politics"),
        QT_TRANSLATE_NOOP("Taxonomy", "Collaboration between authorities"),
    };
    QStringList result;
    for (const char* name : names)
        result << QCoreApplication::translate("Taxonomy", name);
    return result;
}

} // namespace unblock
