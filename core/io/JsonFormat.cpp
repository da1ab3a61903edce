#include "io/JsonFormat.h"

#include "io/SessionValidation.h"
#include "model/TextRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)
};

// --- reading ---------------------------------------------------------------

struct Malformed {
    QString message;
};

// Reads typed fields from one JSON object, naming the place of any mistake.
class Reader {
public:
    Reader(QJsonObject object, QString location)
        : m_object(std::move(object))
        , m_location(std::move(location)) {}

    QString text(const char* key) const {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        if (!v.isString())
            wrong(key, Tr::tr("text"));
        return v.toString();
    }
    Id id(const char* key) const {
        const std::optional<Id> v = optionalId(key);
        if (!v)
            wrong(key, Tr::tr("a number"));
        return *v;
    }
    std::optional<Id> optionalId(const char* key) const {
        const QJsonValue v = value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        const std::optional<qint64> whole = jsonWholeNumber(v);
        if (!whole)
            wrong(key, Tr::tr("a whole number"));
        return *whole;
    }
    int integer(const char* key) const { return optionalInt(key).value_or(0); }
    bool boolean(const char* key) const {
        const QJsonValue v = value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            wrong(key, Tr::tr("true or false"));
        return v.toBool();
    }
    std::optional<int> optionalInt(const char* key) const {
        const std::optional<Id> v = optionalId(key);
        if (v && (*v < -2147483647 || *v > 2147483647))
            wrong(key, Tr::tr("a whole number of usual size"));
        return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
    }
    QDate date(const char* key) const {
        const QString s = text(key);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!s.isEmpty() && !d.isValid())
            wrong(key, Tr::tr("a date such as 2026-11-22"));
        return d;
    }
    QDateTime time(const char* key) const {
        const QString s = text(key);
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            wrong(key, Tr::tr("a time such as 2026-11-22T09:30:00.000Z"));
        return t;
    }
    template <typename Enum>
    Enum key(const char* name, std::optional<Enum> (*parse)(const QString&)) const {
        const std::optional<Enum> v = parse(text(name));
        if (!v)
            wrong(name, Tr::tr("one of the known names"));
        return *v;
    }
    QByteArray base64(const char* key) const {
        const QByteArray encoded = text(key).toLatin1();
        auto decoded =
            QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            wrong(key, Tr::tr("a picture in base64"));
        return *decoded;
    }
    bool has(const char* key) const { return !value(key).isUndefined(); }
    QJsonArray array(const char* key) const {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            wrong(key, Tr::tr("a list"));
        return v.toArray();
    }
    std::vector<Id> ids(const char* key) const {
        const QJsonArray list = array(key);
        std::vector<Id> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            // Found by the json-import fuzz target: 3.7e22 passed as whole, and
            // did not fit an id.
            const std::optional<qint64> id = jsonWholeNumber(list.at(i));
            if (!id) {
                throw Malformed{Tr::tr("%1.%2[%3]: expected a whole number.")
                                    .arg(m_location, QLatin1String(key))
                                    .arg(i)};
            }
            ids.push_back(*id);
        }
        return ids;
    }
    QString location() const { return m_location; }

private:
    QJsonValue value(const char* key) const { return m_object.value(QLatin1String(key)); }
    [[noreturn]] void wrong(const char* key, const QString& expected) const {
        throw Malformed{
            Tr::tr("%1.%2: expected %3.").arg(m_location, QLatin1String(key), expected)};
    }

    QJsonObject m_object;
    QString m_location;
};

template <typename Fn> void forEachObject(const Reader& parent, const char* key, Fn read) {
    const QJsonArray list = parent.array(key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString location = u"%1[%2]"_s.arg(QLatin1String(key)).arg(i);
        if (!list.at(i).isObject())
            throw Malformed{Tr::tr("%1: expected an object.").arg(location)};
        read(Reader(list.at(i).toObject(), location));
    }
}

// Files exported before rounds kept their items and ballots: the round had
// every item there is, and a ballot for each voter with a vote. Both are kept
// in order, as the session file keeps them.
void fillOlderRound(const SessionData& data, Round& round, bool itemsGiven, bool ballotsGiven) {
    if (!itemsGiven && round.subject == RoundSubject::Blockers) {
        for (const Blocker& b : data.blockers)
            round.items.push_back(b.id);
    } else if (!itemsGiven) {
        const Id subject = data.rootOf(round.subjectBlockerId.value_or(0));
        for (const Solution& s : data.solutions) {
            if (data.rootOf(s.blockerId) == subject)
                round.items.push_back(s.id);
        }
    }
    std::sort(round.items.begin(), round.items.end()); // as the file keeps them
    if (!ballotsGiven) {
        for (const Vote& v : round.votes) {
            if (std::find(round.ballots.begin(), round.ballots.end(), v.voter) ==
                round.ballots.end())
                round.ballots.push_back(v.voter);
        }
    }
    std::sort(round.ballots.begin(), round.ballots.end());
}

Round readRound(const Reader& r) {
    Round round;
    round.id = r.id("id");
    round.title = r.text("title");
    round.subject = r.key("subject", &roundSubjectFromKey);
    round.subjectBlockerId = r.optionalId("subject_blocker");
    round.method = r.key("method", &voteMethodFromKey);
    round.budget = r.optionalInt("budget");
    round.maxPerItem = r.optionalInt("max_per_item");
    round.state = r.key("state", &roundStateFromKey);
    round.paperVoters = r.integer("paper_voters");
    round.created = r.time("created");
    forEachObject(r, "votes", [&](const Reader& v) {
        round.votes.push_back({v.text("voter"), v.id("item"), v.integer("value")});
    });
    forEachObject(r, "tallies", [&](const Reader& t) {
        round.tallies.push_back({t.id("item"), t.integer("dots")});
    });
    round.items = r.ids("items");
    const QJsonArray ballots = r.array("ballots");
    for (qsizetype i = 0; i < ballots.size(); ++i) {
        if (!ballots.at(i).isString())
            throw Malformed{Tr::tr("%1.ballots[%2]: expected text.").arg(r.location()).arg(i)};
        round.ballots.push_back(ballots.at(i).toString());
    }
    return round;
}

Journey readJourney(const Reader& r) {
    Journey j;
    j.id = r.id("id");
    j.title = r.text("title");
    j.persona = r.text("persona");
    j.preferredChannelId = r.optionalId("preferred_channel");
    j.secondChoiceChannelId = r.optionalId("second_channel");
    j.annualVolume = r.integer("annual_volume");
    j.variant = r.text("variant") == u"future" ? JourneyVariant::Future : JourneyVariant::Current;
    j.currentId = r.optionalId("current");
    forEachObject(r, "steps", [&](const Reader& s) {
        const std::optional<int> cost = s.optionalInt("cost_pence");
        j.steps.push_back({s.id("id"), s.text("description"), s.optionalId("channel"),
                           s.text("actor"), s.optionalInt("minutes"),
                           cost ? std::optional<Pence>(*cost) : std::nullopt,
                           s.boolean("pain_point"), s.text("pain_note"), s.integer("emotion"),
                           s.boolean("avoidable"), s.optionalId("blocker")});
    });
    j.photo = r.base64("photo");
    j.hasPhoto = !j.photo.isEmpty();
    return j;
}

SessionData readSession(const Reader& root) {
    SessionData data;
    std::vector<std::pair<bool, bool>> rounds; // whether each gave its items, its ballots
    forEachObject(root, "categories", [&](const Reader& c) {
        data.categories.push_back({c.id("id"), c.text("name"), c.integer("position")});
    });
    forEachObject(root, "groups", [&](const Reader& g) {
        data.groups.push_back({g.id("id"), g.text("name"), g.integer("position")});
    });
    forEachObject(root, "blockers", [&](const Reader& b) {
        data.blockers.push_back({b.id("id"), b.text("title"), b.text("detail"),
                                 b.optionalId("category"), b.optionalId("group"), b.text("author"),
                                 b.time("created"), b.integer("position"),
                                 b.optionalId("merged_into")});
    });
    forEachObject(root, "solutions", [&](const Reader& s) {
        // A session written before actions had a status: each is open.
        const ActionStatus status =
            s.has("status") ? s.key("status", &actionStatusFromKey) : ActionStatus::Open;
        data.solutions.push_back(
            {s.id("id"), s.id("blocker"), s.text("text"), s.optionalInt("impact"),
             s.optionalInt("effort"), s.text("owner"), s.date("due"), s.integer("position"), status,
             s.date("status_changed"), s.text("from_workshop"), s.date("from_date")});
    });
    forEachObject(root, "rounds", [&](const Reader& r) {
        data.rounds.push_back(readRound(r));
        rounds.push_back({r.has("items"), r.has("ballots")});
    });
    // A channel table is stored tidied (store/Journeys.cpp): the session read
    // here is the one its file will hold.
    forEachObject(root, "channels", [&](const Reader& c) {
        const std::optional<int> cost = c.optionalInt("cost_pence");
        data.channels.push_back({c.id("id"), tidyText(c.text("name")),
                                 cost ? std::optional<Pence>(*cost) : std::nullopt,
                                 tidyText(c.text("source")), c.boolean("online")});
    });
    forEachObject(root, "journeys",
                  [&](const Reader& j) { data.journeys.push_back(readJourney(j)); });
    forEachObject(root, "incoming", [&](const Reader& i) {
        data.incoming.push_back(
            {i.id("id"), i.key("kind", &incomingKindFromKey), i.text("text"), i.text("name"),
             i.text("phone"), i.optionalId("group"), i.optionalId("blocker"), i.time("received"),
             i.key("state", &incomingStateFromKey), i.text("reason"), i.optionalId("item")});
    });
    forEachObject(root, "carried_actions", [&](const Reader& a) {
        data.carried.push_back({a.id("id"), a.text("text"), a.text("blocker"), a.text("owner"),
                                a.date("due"), a.key("status", &actionStatusFromKey),
                                a.date("status_changed"), a.text("from_workshop"),
                                a.date("from_date"), a.id("from_solution"),
                                a.text("from_session")});
    });
    for (std::size_t i = 0; i < data.rounds.size(); ++i)
        fillOlderRound(data, data.rounds[i], rounds[i].first, rounds[i].second);
    return data;
}

// Files exported before phones' settings were kept have none: a new
// session's are taken.
PhoneSettings readPhones(const QJsonValue& value) {
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        throw Malformed{Tr::tr("phones: expected an object.")};
    const Reader p(value.toObject(), u"phones"_s);
    const PhoneSettings usual;
    return {p.key("call", &phoneCallFromKey),
            p.ids("blockers"),
            p.boolean("names"),
            p.boolean("paused"),
            p.optionalInt("seconds_between").value_or(usual.secondsBetween),
            p.optionalInt("per_phone").value_or(usual.perPhone)};
}

SessionDetails readDetails(const QJsonValue& value) {
    if (!value.isObject() && !value.isUndefined())
        throw Malformed{Tr::tr("session: expected an object.")};
    const Reader s(value.toObject(), u"session"_s);
    return {s.text("title"), s.date("date"), s.text("venue"), s.text("facilitator"),
            s.integer("attendees")};
}

// Exports before workshops had ids have none: the new file keeps its own.
QString readUid(const QJsonValue& value) {
    return Reader(value.toObject(), u"session"_s).text("uid");
}

// QJsonParseError gives a byte offset; people need a line and column.
QString positionOf(const QByteArray& json, int offset) {
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

std::optional<qint64> jsonWholeNumber(const QJsonValue& value) {
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740991.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

Result<SessionData> importJson(const QByteArray& json) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("This is not valid JSON (%1): %2.")
                         .arg(positionOf(json, parseError.offset), parseError.errorString())};
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"format"_s).toString() != u"unblock-session") {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("This JSON is not an Unblock session (it has no \"format\": "
                            "\"unblock-session\").")};
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toInt() < 1) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("This session file has no valid format version.")};
    }
    if (version.toInt() > kJsonFormatVersion) {
        return Error{ErrorCode::UnsupportedVersion,
                     Tr::tr("This session was exported by a newer Unblock (format %1; this version "
                            "reads up to %2). Update Unblock to import it.")
                         .arg(version.toInt())
                         .arg(kJsonFormatVersion)};
    }
    SessionData data;
    try {
        data = readSession(Reader(root, u"session file"_s));
        data.details = readDetails(root.value(u"session"_s));
        data.uid = readUid(root.value(u"session"_s));
        data.phones = readPhones(root.value(u"phones"_s));
    } catch (const Malformed& problem) {
        return Error{ErrorCode::InvalidInput, problem.message};
    }
    if (Status valid = validateSession(data); !valid)
        return valid.error();
    return data;
}

} // namespace unblock
