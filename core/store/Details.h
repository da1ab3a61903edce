#pragma once

#include "model/Ids.h"
#include "model/Result.h"
#include "model/SessionData.h"

#include <QString>

#include <optional>

namespace unblock::store {

class SessionFile;

// The session's details, categories and groups. Each operation is one user
// action: one transaction, committed before it returns, or refused with a
// reason and nothing changed.

Result<SessionDetails> loadDetails(const SessionFile& file);
Status setDetails(SessionFile& file, const SessionDetails& details);

Result<Id> addCategory(SessionFile& file, const QString& name);
Status renameCategory(SessionFile& file, Id categoryId, const QString& name);
// Blockers in the category keep their place and lose only the category.
Status deleteCategory(SessionFile& file, Id categoryId);
// Adds the starting taxonomy's categories that the session does not have yet.
Status addDefaultCategories(SessionFile& file);

Result<Id> addGroup(SessionFile& file, const QString& name);
Status renameGroup(SessionFile& file, Id groupId, const QString& name);
Status moveGroup(SessionFile& file, Id groupId, int index);
// The group's blockers stay on the board, without a group.
Status deleteGroup(SessionFile& file, Id groupId);

} // namespace unblock::store
