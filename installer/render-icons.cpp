// Renders the application icon's SVG source to the PNG sizes desktops look
// for: render-icons SOURCE.svg OUTPUT-DIR NAME SIZE… writes
// OUTPUT-DIR/SIZExSIZE/apps/NAME.png for each size; render-icons SOURCE.svg
// OUTPUT.ico writes the 256-pixel icon Windows installers show.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool ico = args.size() == 3 && args[2].endsWith(u".ico");
    if (args.size() < 5 && !ico) {
        std::fputs("usage: render-icons SOURCE.svg OUTPUT-DIR NAME SIZE...\n"
                   "       render-icons SOURCE.svg OUTPUT.ico\n",
                   stderr);
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "render-icons: cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    const auto render = [&svg](int side) {
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        return image;
    };
    if (ico)
        return render(256).save(args[2], "ICO") ? 0 : 1;
    for (const QString& size : args.mid(4)) {
        const QImage image = render(size.toInt());
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args[2], size);
        if (!QDir().mkpath(dir) || !image.save(dir + u'/' + args[3] + QStringLiteral(".png"))) {
            std::fprintf(stderr, "render-icons: cannot write into %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
