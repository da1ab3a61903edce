#include "model/Likeness.h"

#include "support/TestSupport.h"
#include "support/catch.h"

#include <QFile>

#include <cstdio>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

struct LabelledPair {
    bool alike = false;
    QString first;
    QString second;
};

std::vector<LabelledPair> labelledPairs() {
    QFile file(testDataPath(u"alike-pairs.tsv"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    std::vector<LabelledPair> pairs;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        REQUIRE(fields.size() == 3);
        REQUIRE((fields[0] == u"alike" || fields[0] == u"different"));
        pairs.push_back({fields[0] == u"alike", fields[1], fields[2]});
    }
    return pairs;
}

struct Figures {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    QStringList mistakes;
    double precision() const { return truePositives / double(truePositives + falsePositives); }
    double recall() const { return truePositives / double(truePositives + falseNegatives); }
};

Figures figuresAt(double threshold) {
    Figures figures;
    for (const LabelledPair& pair : labelledPairs()) {
        const Likeness alike = likeness(pair.first, pair.second);
        const bool said = alike.score >= threshold;
        if (said && pair.alike)
            ++figures.truePositives;
        else if (said)
            ++figures.falsePositives;
        else if (pair.alike)
            ++figures.falseNegatives;
        if (said != pair.alike)
            figures.mistakes << u"%1 %2 | %3 | %4"_s.arg(pair.alike ? u"missed"_s : u"wrong "_s)
                                    .arg(alike.score, 0, 'f', 2)
                                    .arg(pair.first, pair.second);
    }
    return figures;
}

Blocker blockerTitled(Id id, const QString& title) {
    Blocker blocker;
    blocker.id = id;
    blocker.title = title;
    return blocker;
}

} // namespace

TEST_CASE("At least 150 labelled pairs, both kinds, tell alike blockers from different ones") {
    const std::vector<LabelledPair> pairs = labelledPairs();
    const auto alike = std::count_if(pairs.begin(), pairs.end(),
                                     [](const LabelledPair& pair) { return pair.alike; });
    CHECK(pairs.size() >= 150);
    CHECK(alike >= 60);
    CHECK(pairs.size() - std::size_t(alike) >= 60);

    const Figures figures = figuresAt(kAlikeThreshold);
    INFO(figures.mistakes.join(u'\n').toStdString());
    // Measured at 0.55 over 206 pairs: precision 0.943, recall 0.893 (Snowball's
    // English stemmer in place of core's own: 0.935 and 0.893). A change to
    // the rules that loses either fails here.
    CHECK(figures.precision() >= 0.94);
    CHECK(figures.recall() >= 0.89);

    // What other workshops did is offered more widely (0.829 and 0.955).
    const Figures learning = figuresAt(kLearnFromThreshold);
    CHECK(learning.precision() >= 0.82);
    CHECK(learning.recall() >= 0.95);
}

TEST_CASE("An index lists a text's id once, at its most alike title") {
    const AlikeIndex index({{7, u"Lack of funding"_s},
                            {7, u"No money for new systems"_s},
                            {9, u"Not enough money for training"_s},
                            {11, u"Parking at the civic centre"_s}});
    const std::vector<AlikeBlocker> found = index.alike(u"Funding cuts"_s, 10, kLearnFromThreshold);
    REQUIRE(found.size() == 2);
    CHECK(found[0].blockerId == 7);
    CHECK(found[0].likeness.sharedWords == QStringList{u"funding"_s});
    CHECK(found[1].blockerId == 9);
    CHECK(index.alike(u"Funding cuts"_s, 1, kLearnFromThreshold).size() == 1);
    CHECK(index.alike(u"Lunch was late"_s, 10, kLearnFromThreshold).empty());
}

// By hand: test-model "[.figures]" -s prints precision and recall at each
// threshold and the pairs misjudged at core's.
TEST_CASE("Likeness figures over the labelled pairs", "[.figures]") {
    for (double threshold = 0.35; threshold < 0.8; threshold += 0.05) {
        const Figures figures = figuresAt(threshold);
        std::printf("threshold %.2f: precision %.3f recall %.3f (%d true, %d false, %d missed)\n",
                    threshold, figures.precision(), figures.recall(), figures.truePositives,
                    figures.falsePositives, figures.falseNegatives);
    }
    std::printf("%s\n", qPrintable(figuresAt(kAlikeThreshold).mistakes.join(u'\n')));
}

TEST_CASE("Likeness says which words two blockers share") {
    const Likeness alike =
        likeness(u"Lack of budget and resources"_s, u"Budgets / finite resources"_s);
    CHECK(alike.score >= kAlikeThreshold);
    CHECK(alike.sharedWords == QStringList{u"budget"_s, u"resources"_s});
    CHECK(describeLikeness(alike) == u"shares: budget, resources");

    CHECK(likeness(u"Lunch was late"_s, u"Budgets / finite resources"_s).score == 0);
    CHECK(likeness(QString(), u"Budgets"_s).score == 0);
    CHECK(likeness(u"the of and"_s, u"the of and"_s).score == 0); // only stop words
    CHECK(likeness(u"Broadband"_s, u"broadband"_s).score == 1);
}

TEST_CASE("Synonyms, typos, accents and Welsh mutations still match") {
    CHECK(likeness(u"No money"_s, u"Budget cuts"_s).sharedWords == QStringList{u"money"_s});
    CHECK(likeness(u"Procurment rules"_s, u"Procurement rules"_s).score == 1);
    CHECK(likeness(u"Fear of chnage"_s, u"Fear of change"_s).score == 1);
    CHECK(likeness(u"Diffyg cyllideb"_s, u"Dim gyllideb"_s).score == 1);
    CHECK(likeness(u"Gwefan araf"_s, u"Gŵefan araf"_s).score == 1);
    // Short words must match exactly: "API" and "app" are not one word.
    CHECK(likeness(u"API"_s, u"App"_s).score == 0);
}

TEST_CASE("The board's alike blockers: not merged ones, most alike first, at most the limit") {
    SessionData session;
    session.blockers.push_back(blockerTitled(1, u"Budgets / finite resources"_s));
    session.blockers.push_back(blockerTitled(2, u"Not enough budget"_s));
    session.blockers.push_back(blockerTitled(3, u"Broadband"_s));
    Blocker merged = blockerTitled(4, u"Budget"_s);
    merged.mergedInto = 2;
    session.blockers.push_back(merged);
    session.blockers.push_back(blockerTitled(5, u"Budget cuts and budget worries"_s));

    const std::vector<AlikeBlocker> found = alikeBlockers(u"Budget"_s, session);
    REQUIRE(found.size() == 3);
    CHECK(found[0].blockerId == 2);
    for (std::size_t i = 1; i < found.size(); ++i)
        CHECK(found[i - 1].likeness.score >= found[i].likeness.score);
    for (const AlikeBlocker& alike : found)
        CHECK((alike.blockerId != 3 && alike.blockerId != 4));
    CHECK(alikeBlockers(u"Budget"_s, session, 1).size() == 1);
    CHECK(alikeBlockers(u"Lunch was late"_s, session).empty());
}

TEST_CASE("Hostile text is compared without harm, scored between 0 and 1") {
    QString previous = u"Budgets / finite resources"_s;
    for (const HostileText& hostile : hostileStrings()) {
        const QString& text = hostile.text;
        for (const Likeness& alike : {likeness(text, previous), likeness(text, text)}) {
            CHECK(alike.score >= 0);
            CHECK(alike.score <= 1);
        }
        previous = text;
    }
}
