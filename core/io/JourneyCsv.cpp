#include "io/JourneyCsv.h"

#include "io/CsvColumns.h"
#include "journey/CostToServe.h"
#include "journey/JourneyRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

enum Column {
    StepColumn,
    ChannelColumn,
    WhoColumn,
    MinutesColumn,
    CostColumn,
    PainColumn,
    EmotionColumn,
    AvoidableColumn
};

std::vector<QStringList> headings() {
    return {{u"step"_s, u"description"_s},
            {u"channel"_s},
            {u"who"_s, u"actor"_s},
            {u"minutes"_s},
            {u"cost"_s, u"cost per contact"_s},
            {u"pain point"_s, u"pain"_s},
            {u"emotion"_s, u"feeling"_s},
            {u"avoidable"_s}};
}

std::optional<bool> yesOrNo(const QString& text) {
    const QString t = text.toCaseFolded();
    if (t.isEmpty() || t == u"no" || t == u"n" || t == u"false" || t == u"0")
        return false;
    if (t == u"yes" || t == u"y" || t == u"true" || t == u"1" || t == u"x")
        return true;
    return std::nullopt;
}

class StepReader {
public:
    StepReader(const CsvColumns& columns, const std::vector<Channel>& channels)
        : m_columns(columns)
        , m_channels(channels) {}

    JourneyStep read(const CsvRecord& record, int number) const {
        m_columns.checkWidth(record);
        JourneyStep step;
        step.description = description(record, number);
        step.channelId = channel(record);
        step.actor = m_columns.text(record, WhoColumn, TextKind::Line);
        step.minutes = minutes(record);
        const Result<std::optional<Pence>> cost =
            parsePounds(m_columns.text(record, CostColumn, TextKind::Line));
        if (!cost)
            m_columns.problem(record, CostColumn, cost.error().message);
        step.cost = cost.value();
        const QString pain = m_columns.text(record, PainColumn, TextKind::Paragraph);
        const std::optional<bool> painFlag = yesOrNo(pain);
        step.painPoint = painFlag.value_or(true);
        step.painNote = painFlag ? QString() : pain;
        step.emotion = emotion(record);
        const QString avoidable = m_columns.text(record, AvoidableColumn, TextKind::Line);
        const std::optional<bool> avoidableFlag = yesOrNo(avoidable);
        if (!avoidableFlag)
            m_columns.problem(record, AvoidableColumn,
                              Tr::tr("“%1” is not yes or no.").arg(avoidable));
        step.avoidable = *avoidableFlag;
        if (Status valid = checkStep(step); !valid)
            m_columns.problem(record, StepColumn, valid.error().message);
        return step;
    }

private:
    // "2. Phones to check…" as the summary writes it: the number is dropped
    // when it is the step's own.
    QString description(const CsvRecord& record, int number) const {
        QString text = m_columns.text(record, StepColumn, TextKind::Paragraph);
        const QString prefix = u"%1. "_s.arg(number);
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
        if (text.isEmpty())
            m_columns.problem(record, StepColumn, Tr::tr("the step is empty."));
        return text;
    }

    std::optional<Id> channel(const CsvRecord& record) const {
        const QString name = m_columns.text(record, ChannelColumn, TextKind::Line);
        if (name.isEmpty())
            return std::nullopt;
        QStringList known;
        for (const Channel& c : m_channels) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return c.id;
            known << c.name;
        }
        m_columns.problem(record, ChannelColumn,
                          Tr::tr("“%1” is not in the session's channel table (%2).")
                              .arg(name, known.join(u", ")));
    }

    std::optional<int> minutes(const CsvRecord& record) const {
        const QString text = m_columns.text(record, MinutesColumn, TextKind::Line);
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 0 || value > JourneyLimits::minutes) {
            m_columns.problem(record, MinutesColumn,
                              Tr::tr("“%1” is not a number of minutes (0 to 100,000).").arg(text));
        }
        return value;
    }

    int emotion(const CsvRecord& record) const {
        QString text = m_columns.text(record, EmotionColumn, TextKind::Line);
        if (text.isEmpty())
            return 0;
        bool ok = false;
        const int value = text.replace(u'−', u'-').remove(u'+').toInt(&ok);
        if (!ok || value < -2 || value > 2)
            m_columns.problem(record, EmotionColumn,
                              Tr::tr("“%1” is not an emotion from −2 to +2.").arg(text));
        return value;
    }

    const CsvColumns& m_columns;
    const std::vector<Channel>& m_channels;
};

} // namespace

Result<std::vector<JourneyStep>> parseJourneyStepsCsv(const QByteArray& bytes,
                                                      const std::vector<Channel>& channels) {
    Result<std::vector<CsvRecord>> records =
        readSheet(bytes, Tr::tr("The file is empty: it has no heading row and no steps."));
    if (!records)
        return records.error();
    const std::vector<CsvRecord>& rows = records.value();
    try {
        const CsvColumns columns(rows.front(), headings(), StepColumn);
        const StepReader reader(columns, channels);
        std::vector<JourneyStep> steps;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (isBlank(rows[i]))
                continue;
            if (steps.size() == JourneyLimits::steps) {
                throw CsvProblem{
                    Tr::tr("Line %1: a journey has at most 1,000 steps.").arg(rows[i].line)};
            }
            steps.push_back(reader.read(rows[i], static_cast<int>(steps.size()) + 1));
        }
        if (steps.empty())
            return Error{ErrorCode::InvalidInput, Tr::tr("The file has headings but no steps.")};
        return steps;
    } catch (const CsvProblem& p) {
        return Error{ErrorCode::InvalidInput, p.message};
    }
}

} // namespace unblock
