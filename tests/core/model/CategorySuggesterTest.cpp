#include "model/CategorySuggester.h"

#include "model/Taxonomy.h"
#include "support/catch.h"

using namespace unblock;
using namespace Qt::StringLiterals;

namespace {
std::vector<Category> taxonomy() {
    std::vector<Category> categories;
    Id id = 1;
    for (const QString& name : defaultCategories())
        categories.push_back({id++, name, 0});
    return categories;
}

QString suggestionFor(const QString& title) {
    const auto categories = taxonomy();
    const std::optional<Id> id = suggestCategory(title, categories);
    return id ? categories[static_cast<std::size_t>(*id - 1)].name : QString();
}
} // namespace

TEST_CASE("A category is suggested from the blocker's words") {
    CHECK(suggestionFor(u"Weak or negative leadership"_s) == u"Leadership & management support");
    CHECK(suggestionFor(u"Budgets / finite resources"_s) == u"Budgets & finance");
    CHECK_FALSE(suggestionFor(u"Finance / suppliers"_s).isEmpty());
    CHECK(suggestionFor(u"Our supplier's contract forbids changes"_s) ==
          u"Procurement & suppliers");
    CHECK(suggestionFor(u"Integration / APIs / Middleware"_s) == u"Integration, APIs & middleware");
    CHECK(suggestionFor(u"Broadband"_s) == u"Infrastructure, broadband & demographics");
    CHECK(suggestionFor(u"Devolved publishing doesn’t work"_s) == u"Devolved publishing");
    CHECK(suggestionFor(u"Lunch was late"_s).isEmpty());
}

TEST_CASE("A session's own categories suggest themselves by their names") {
    const std::vector<Category> own{{7, u"Members' time"_s, 0}, {8, u"Parking"_s, 1}};
    CHECK(suggestCategory(u"No parking near the hub"_s, own) == Id{8});
    CHECK_FALSE(suggestCategory(u""_s, own).has_value());
}
