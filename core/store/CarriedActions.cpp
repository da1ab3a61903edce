#include "store/CarriedActions.h"

#include "store/RowReaders.h"
#include "store/Rows.h"
#include "store/SessionFile.h"

#include <QCoreApplication>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

} // namespace

Status addCarriedActions(SessionFile& file, const std::vector<CarriedAction>& actions) {
    return file.write([&](Database& db) {
        Statement insert = db.prepare(kInsertCarriedRow);
        for (CarriedAction action : actions) {
            action.id = 0;
            writeCarriedRow(insert, action);
        }
    });
}

Status setCarriedStatus(SessionFile& file, Id carriedId, ActionStatus status,
                        const QDate& changed) {
    return file.write([&](Database& db) {
        requireRow(db, "carried_actions", carriedId, Tr::tr("carried action"));
        db.prepare("UPDATE carried_actions SET status = ?, status_changed = ? WHERE id = ?")
            .bind(1, toKey(status))
            .bind(2, changed)
            .bind(3, carriedId)
            .run();
    });
}

} // namespace unblock::store
