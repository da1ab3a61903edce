#pragma once

#include <QDialog>
#include <QString>

#include <memory>
#include <vector>

namespace unblock::app {
class MainWindow;
class Prompts;
} // namespace unblock::app

namespace unblock::test {

// One of every dialog a facilitator meets, made for the window's session
// (a blocker, an open dot round and a journey are added to it first when it
// has none), not yet shown: the accessibility checks walk each.
std::vector<std::unique_ptr<QDialog>> everyDialog(app::MainWindow& window, app::Prompts& prompts);

// Whether a label's text holds a mnemonic marker ("&x", not "&&"): Qt draws
// it as an underlined letter only on a label with a buddy, else as "&".
bool hasMnemonic(const QString& text);

} // namespace unblock::test
