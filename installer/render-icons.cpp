// Renders the application icon's SVG source to the PNG sizes desktops look
// for: render-icons SOURCE.svg OUTPUT-DIR NAME SIZE… writes
// OUTPUT-DIR/SIZExSIZE/apps/NAME.png for each size.
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
    if (args.size() < 5) {
        std::fputs("usage: render-icons SOURCE.svg OUTPUT-DIR NAME SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "render-icons: cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    for (const QString& size : args.mid(4)) {
        const int side = size.toInt();
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args[2], size);
        if (!QDir().mkpath(dir) || !image.save(dir + u'/' + args[3] + QStringLiteral(".png"))) {
            std::fprintf(stderr, "render-icons: cannot write into %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
