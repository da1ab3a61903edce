#include "model/CategorySuggester.h"

#include "model/Taxonomy.h"
#include "support/TestSupport.h"
#include "support/catch.h"

#include <QFile>
#include <QStringList>

#include <cstdio>

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

TEST_CASE("The rehearsal's blockers are not all customer insight") {
    // "data", "users" and "service" are said about everything: on their own
    // they suggest nothing.
    CHECK(suggestionFor(u"Staff spend hours rekeying data between systems"_s) ==
          u"Integration, APIs & middleware");
    CHECK(suggestionFor(u"Managers don't trust the data from the web team"_s) ==
          u"Leadership & management support");
    CHECK(suggestionFor(u"Nobody owns the website"_s) == u"Leadership & management support");
    CHECK(suggestionFor(u"Members want their pet project on the homepage"_s) ==
          u"Governance & politics");
    CHECK(suggestionFor(u"The CRM contract runs to 2029"_s) == u"Procurement & suppliers");
    CHECK(suggestionFor(u"Our forms don’t talk to the back office"_s) ==
          u"Integration, APIs & middleware");
    CHECK(suggestionFor(u"Half our residents have no broadband"_s) ==
          u"Infrastructure, broadband & demographics");
    CHECK(suggestionFor(u"No user research before we build anything"_s) == u"Customer insight");
    CHECK(suggestionFor(u"Our data"_s).isEmpty());
    CHECK(suggestionFor(u"Service users"_s).isEmpty());
}

TEST_CASE("Words match in their other forms and cases") {
    CHECK(suggestionFor(u"SUPPLIERS’ CONTRACTS"_s) == u"Procurement & suppliers");
    CHECK(suggestionFor(u"Councillors keep changing their minds"_s) == u"Governance & politics");
    // Staff, not councillors.
    CHECK(suggestionFor(u"Members of staff won't use the new system"_s) ==
          u"Culture & resistance to change");
}

// The labelled set (tests/data/category-labels.tsv): blockers from the Really
// Useful Day, the channel-shift barriers and ones written for it, each with
// the category a facilitator gave it. Every third row was held out while the
// cues were tuned. When this fails, look at what changed in the suggester
// rather than at the labels.
TEST_CASE("Most labelled blockers get the category a facilitator gave them") {
    QFile file(unblock::test::testDataPath(u"category-labels.tsv"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.takeFirst() == u"category\tblocker\tsource");

    const auto categories = taxonomy();
    const QStringList names = defaultCategories();
    const QStringList sources{u"seed-day"_s, u"seed-barriers"_s, u"written"_s};
    int rows = 0, right = 0, none = 0, wrongInsight = 0, heldOut = 0, heldOutRight = 0;
    for (const QString& line : lines) {
        const QStringList fields = line.split(u'\t');
        REQUIRE(fields.size() == 3);
        INFO(fields[1].toStdString());
        REQUIRE(names.contains(fields[0]));
        REQUIRE(sources.contains(fields[2]));
        const QString suggested = suggestionFor(fields[1]);
        const bool isRight = suggested == fields[0];
        const bool isHeldOut = rows % 3 == 2;
        ++rows;
        right += isRight ? 1 : 0;
        none += suggested.isEmpty() ? 1 : 0;
        wrongInsight += !isRight && suggested == u"Customer insight" ? 1 : 0;
        heldOut += isHeldOut ? 1 : 0;
        heldOutRight += isHeldOut && isRight ? 1 : 0;
    }
    auto share = [](int part, int whole) {
        return whole > 0 ? static_cast<double>(part) / whole : 0.0;
    };
    const double accuracy = share(right, rows);
    const double heldOutAccuracy = share(heldOutRight, heldOut);
    const double noneRate = share(none, rows);
    std::printf("Category suggestions on %d labelled blockers: %.1f%% right (held-out rows "
                "%.1f%%), %.1f%% without a suggestion, %d wrongly customer insight\n",
                rows, 100 * accuracy, 100 * heldOutAccuracy, 100 * noneRate, wrongInsight);
    CHECK(rows >= 150);
    // Reached: 79.2% right, held-out 80.2%, 13.1% none, 2 wrongly customer
    // insight (the old word-count suggester: 36.2%, 39.5%, 40.4%, 25).
    CHECK(accuracy >= 0.75);
    CHECK(heldOutAccuracy >= 0.75);
    CHECK(noneRate <= 0.18);
    CHECK(wrongInsight <= 4);
}
