#pragma once

namespace unblock::app {

// The presenter's colours: light on dark (the usual), high contrast (yellow
// on black, bold) for a washed-out projector or low vision, and dark on
// light for a bright room. Apart from the window, so settings can name one.
enum class PresenterTheme { Dark, HighContrast, Light };

} // namespace unblock::app
