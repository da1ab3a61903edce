#include "store/Rows.h"

#include "store/Sqlite.h"

#include <QCoreApplication>

#include <algorithm>

namespace unblock::store {

QString checkedText(const QString& text, TextKind kind, const QString& field, bool required) {
    if (Status status = checkText(text, kind, field, required); !status)
        throw Failure{status.error()};
    return tidyText(text);
}

void requireRow(Database& db, const char* table, Id id, const QString& what) {
    const QByteArray sql = QByteArray("SELECT 1 FROM ") + table + " WHERE id = ?";
    Statement st = db.prepare(sql.constData());
    st.bind(1, id);
    if (!st.next()) {
        fail(ErrorCode::NotFound,
             QCoreApplication::translate("Store", "There is no %1 %2.").arg(what).arg(id));
    }
}

void requireScore(const std::optional<int>& score, const QString& field) {
    if (score && (*score < 1 || *score > 5)) {
        fail(ErrorCode::InvalidInput,
             QCoreApplication::translate("Store", "The %1 must be from 1 to 5, not %2.")
                 .arg(field)
                 .arg(*score));
    }
}

std::vector<Id> orderedIds(Database& db, const char* table, const char* scope,
                           std::optional<Id> scopeValue, Id except) {
    const QByteArray sql = QByteArray("SELECT id FROM ") + table + " WHERE " + scope +
                           " IS ? AND id <> ? ORDER BY position, id";
    Statement st = db.prepare(sql.constData());
    st.bind(1, scopeValue).bind(2, except);
    std::vector<Id> ids;
    while (st.next())
        ids.push_back(st.int64(0));
    return ids;
}

void renumber(Database& db, const char* table, const std::vector<Id>& ids) {
    const QByteArray sql = QByteArray("UPDATE ") + table + " SET position = ? WHERE id = ?";
    Statement st = db.prepare(sql.constData());
    for (std::size_t i = 0; i < ids.size(); ++i)
        st.bind(1, static_cast<qint64>(i)).bind(2, ids[i]).run();
}

void insertAt(std::vector<Id>& ids, Id id, int index) {
    const auto at = std::clamp<qint64>(index, 0, static_cast<qint64>(ids.size()));
    ids.insert(ids.begin() + at, id);
}

} // namespace unblock::store
