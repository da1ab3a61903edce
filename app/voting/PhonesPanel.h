#pragma once

#include "model/Ids.h"
#include "model/PhoneSettings.h"
#include "remote/PhoneHost.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace unblock::app {

class PhoneRoom;
class Prompts;
class SessionDocument;

// Phones, on the facilitator's screen: which network phones use, on and off
// (off until the facilitator starts it), where phones go, how many are
// connected, what they can do now, the call for items, and clearing one
// phone's ballot. The phones themselves are the session's (PhoneRoom):
// this panel only shows and sets what they see.
class PhonesPanel : public QGroupBox {
    Q_OBJECT
public:
    PhonesPanel(SessionDocument& doc, PhoneRoom& room, Prompts& prompts, QWidget* parent = nullptr);
    ~PhonesPanel() override;

    void setOn(bool on);

    remote::PhoneHost& host();
    QComboBox* networks() const { return m_networks; }
    QPushButton* toggleButton() const { return m_toggle; }
    QLabel* statusLabel() const { return m_status; }
    // What phones may send, in PhoneCall's order: nothing, blockers,
    // solutions to one blocker the facilitator chooses, or to the top
    // blockers once revealed; with names or not; paused or not; how often and
    // how many per phone. Kept in the session (PhoneSettings).
    QComboBox* callChoice() const { return m_call; }
    QCheckBox* askNames() const { return m_names; }
    QPushButton* pauseButton() const { return m_pause; }
    QSpinBox* secondsBetween() const { return m_secondsBetween; }
    QSpinBox* perPhone() const { return m_perPhone; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The laptop's networks as they are now (wifi joined after the session
    // opened included), keeping the one chosen when it is still there.
    void refreshNetworks();
    void showState();
    void showSettings();
    void clearPhoneBallot();
    void applyCall();
    // The blockers a call for solutions answers, or none when the
    // facilitator has not said (the prompt cancelled, nothing revealed).
    std::vector<Id> blockersToAnswer(PhoneCall call);
    QString callText(const remote::ItemCall& call) const;

    SessionDocument& m_doc;
    PhoneRoom& m_room;
    remote::PhoneHost& m_host;
    Prompts& m_prompts;
    QComboBox* m_networks;
    QPushButton* m_toggle;
    QPushButton* m_clear;
    QLabel* m_status;
    QComboBox* m_call;
    QCheckBox* m_names;
    QPushButton* m_pause;
    QSpinBox* m_secondsBetween;
    QSpinBox* m_perPhone;
    static constexpr int kInterfaceRole = Qt::UserRole + 1; // a network's interface name
    static inline const QString kNetworkKey = QStringLiteral("phones/interface");
};

} // namespace unblock::app
