#include "document/BoardIndexes.h"

#include <QThread>

#include <memory>

namespace unblock::app {

BoardIndexes::BoardIndexes(const SessionData& session, QObject* parent)
    : QObject(parent)
    , m_session(session) {}

BoardIndexes::~BoardIndexes() {
    stopReading();
}

void BoardIndexes::stopReading() {
    if (!m_reading)
        return;
    ++m_generation; // what it reads is not wanted
    m_reading->disconnect(this);
    m_reading->wait();
    delete m_reading;
    m_reading = nullptr;
}

// The board's blockers, copied, are read on a thread of their own.
void BoardIndexes::restart() {
    stopReading();
    m_built.reset();
    m_missed.clear();
    SessionData board;
    board.blockers = m_session.blockers;
    auto built = std::make_shared<std::optional<Built>>();
    m_reading = QThread::create([board = std::move(board), built] {
        built->emplace(Built{AlikeIndex(board), BoardTitles(board)});
    });
    const int generation = ++m_generation;
    // A finished thread's call may already be queued when a later restart
    // replaces it, so the generation is checked before anything is touched.
    connect(m_reading, &QThread::finished, this, [this, built, generation] {
        if (generation != m_generation)
            return;
        m_reading->deleteLater();
        m_reading = nullptr;
        if (m_built)
            return;
        m_built = std::move(*built);
        for (const SessionUpdate& missed : m_missed) {
            m_built->likeness.follow(m_session, missed);
            m_built->titles.follow(m_session, missed);
        }
        m_missed.clear();
    });
    m_reading->start(QThread::LowPriority);
}

void BoardIndexes::follow(const SessionUpdate& update) {
    if (m_built) {
        m_built->likeness.follow(m_session, update);
        m_built->titles.follow(m_session, update);
    } else if (m_reading && update.touchesBoard()) {
        m_missed.push_back(update);
    }
}

void BoardIndexes::readNow() {
    if (m_built)
        return;
    stopReading();
    m_missed.clear();
    m_built.emplace(Built{AlikeIndex(m_session), BoardTitles(m_session)});
}

const AlikeIndex& BoardIndexes::likeness() {
    readNow();
    return m_built->likeness;
}

const BoardTitles& BoardIndexes::titles() {
    readNow();
    return m_built->titles;
}

} // namespace unblock::app
