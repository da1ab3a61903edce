#pragma once

#include "report/Comparison.h"

#include <QRandomGenerator>

// A programme of workshops for the comparison's tests and benchmark: `count`
// workshops held over three years from January 2024, each with 24 blockers
// drawn from 80 that councils raise (some written in lower case or with a
// full stop, as different rooms write them), in 12 categories, two of three
// solutions each problem has, and a closed dot round on paper. Blocker 0 becomes more common as the
// years go on and blocker 1 less, so a trend has something to find. Header-only: the benchmark uses
// it without Catch.
namespace unblock::test {

inline QString programmeBlockerTitle(int theme) {
    static const QStringList services = {
        QStringLiteral("council tax"),       QStringLiteral("bin collections"),
        QStringLiteral("housing repairs"),   QStringLiteral("parking permits"),
        QStringLiteral("school admissions"), QStringLiteral("planning"),
        QStringLiteral("blue badges"),       QStringLiteral("licensing")};
    static const QStringList problems = {
        QStringLiteral("Residents can't find the %1 form and ring instead"),
        QStringLiteral("Staff rekey %1 cases between two systems"),
        QStringLiteral("Nobody owns the %1 pages on the website"),
        QStringLiteral("The %1 system is out of support"),
        QStringLiteral("Managers don't trust the %1 figures"),
        QStringLiteral("Every %1 letter asks for the same evidence again"),
        QStringLiteral("The %1 team has no time to test changes with residents"),
        QStringLiteral("Payments for %1 are taken by phone only"),
        QStringLiteral("The %1 service is run differently in each area"),
        QStringLiteral("Nobody measures what a %1 contact costs")};
    return problems[theme % 10].arg(services[theme / 10 % 8]);
}

// Three ways to solve each of programmeBlockerTitle's problems.
inline QString programmeSolution(int theme, int way) {
    static const QStringList solutions = {
        QStringLiteral("Link the %1 form from every letter"),
        QStringLiteral("Ask residents where they looked for the %1 form"),
        QStringLiteral("Put the %1 form on the front page"),
        QStringLiteral("Connect the two %1 systems"),
        QStringLiteral("Let residents enter %1 cases themselves"),
        QStringLiteral("Map every %1 handoff"),
        QStringLiteral("Name an owner for the %1 pages"),
        QStringLiteral("Review the %1 pages every quarter"),
        QStringLiteral("Remove %1 pages nobody visits"),
        QStringLiteral("Plan the %1 system's replacement"),
        QStringLiteral("Share a %1 system with a neighbour"),
        QStringLiteral("Buy extended support for %1"),
        QStringLiteral("Publish the %1 figures with their sources"),
        QStringLiteral("Train managers to read the %1 dashboard"),
        QStringLiteral("Check the %1 figures against the ledger"),
        QStringLiteral("Keep %1 evidence once and reuse it"),
        QStringLiteral("Check %1 evidence with other teams"),
        QStringLiteral("Stop asking for %1 evidence we hold"),
        QStringLiteral("Book a %1 user test every month"),
        QStringLiteral("Pair the %1 team with the digital team"),
        QStringLiteral("Test %1 changes at the library"),
        QStringLiteral("Take %1 payments online"),
        QStringLiteral("Offer %1 direct debit"),
        QStringLiteral("Let %1 payments go through the app"),
        QStringLiteral("Write one %1 process for every area"),
        QStringLiteral("Compare the %1 areas' results"),
        QStringLiteral("Move %1 to one team"),
        QStringLiteral("Count what each %1 contact costs"),
        QStringLiteral("Use the national %1 cost figures"),
        QStringLiteral("Show %1 contact costs to councillors")};
    static const QStringList services = {
        QStringLiteral("council tax"),       QStringLiteral("bin collections"),
        QStringLiteral("housing repairs"),   QStringLiteral("parking permits"),
        QStringLiteral("school admissions"), QStringLiteral("planning"),
        QStringLiteral("blue badges"),       QStringLiteral("licensing")};
    return solutions[theme % 10 * 3 + way % 3].arg(services[theme / 10 % 8]);
}

inline std::vector<WorkshopSession> generatedProgramme(int count, quint32 seed = 1) {
    constexpr int kThemes = 80;
    constexpr int kBlockersEach = 24;
    QRandomGenerator random(seed);
    std::vector<WorkshopSession> programme;
    for (int w = 0; w < count; ++w) {
        const double through = count > 1 ? static_cast<double>(w) / (count - 1) : 0; // 0 to 1
        WorkshopSession workshop;
        workshop.name = QStringLiteral("Really Useful Day: council number %1").arg(w + 1);
        SessionData& data = workshop.data;
        data.details.title = workshop.name;
        data.details.date = QDate(2024, 1, 8).addDays(static_cast<qint64>(through * 1085));
        for (int c = 1; c <= 12; ++c)
            data.categories.push_back({c, QStringLiteral("Category %1").arg(c), c});
        data.groups = {{1, QStringLiteral("Table 1"), 1}};
        Round round;
        round.id = 1;
        round.title = QStringLiteral("Dots");
        round.budget = 3;
        round.state = RoundState::Closed;
        round.paperVoters = 10 + random.bounded(30);
        round.created = QDateTime(data.details.date, QTime(15, 0), Qt::UTC);
        std::vector<int> themes;
        while (static_cast<int>(themes.size()) < kBlockersEach) {
            const int theme = random.bounded(kThemes);
            const bool rare = (theme == 0 && random.generateDouble() > through) ||
                              (theme == 1 && random.generateDouble() < through);
            if (!rare && std::find(themes.begin(), themes.end(), theme) == themes.end())
                themes.push_back(theme);
        }
        for (std::size_t i = 0; i < themes.size(); ++i) {
            const Id id = static_cast<Id>(i + 1);
            Blocker b;
            b.id = id;
            b.title = programmeBlockerTitle(themes[i]);
            if (random.bounded(5) == 0) // another room's way of writing it
                b.title = b.title.toLower() + QLatin1Char('.');
            b.categoryId = 1 + themes[i] % 12;
            b.groupId = 1;
            b.position = static_cast<int>(id);
            b.created = QDateTime(data.details.date, QTime(10, 0), Qt::UTC).addSecs(id);
            data.blockers.push_back(b);
            const auto skipped =
                static_cast<int>((static_cast<std::size_t>(w) + i) % 3); // two of three ways
            for (int way = 0; way < 3; ++way) {
                if (way == skipped)
                    continue;
                Solution s;
                s.id = static_cast<Id>(data.solutions.size() + 1);
                s.blockerId = id;
                s.text = programmeSolution(themes[i], way);
                s.position = way;
                data.solutions.push_back(s);
            }
            round.items.push_back(id);
            round.tallies.push_back({id, random.bounded(round.paperVoters / 4 + 1)});
        }
        data.rounds = {round};
        programme.push_back(std::move(workshop));
    }
    return programme;
}

} // namespace unblock::test
