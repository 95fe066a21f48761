#include "ctlcommands.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

namespace {
std::atomic_bool s_interrupted = false;

extern "C" void interrupt(int signal)
{
    // The first interrupt stops long work cleanly; a second one ends the process at once.
    s_interrupted = true;
    std::signal(signal, SIG_DFL);
}
} // namespace

int main(int argc, char *argv[])
{
    std::signal(SIGINT, interrupt);
    std::signal(SIGTERM, interrupt);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Steward"));
    QCoreApplication::setApplicationName(QStringLiteral("steward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));

    Steward::Ctl::Io io;
    io.out = [](const QString &text) {
        std::fputs(text.toLocal8Bit().constData(), stdout);
        std::fflush(stdout);
    };
    io.err = [](const QString &text) {
        std::fputs(text.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    };
    io.readStdinLine = [] {
        std::string line;
        std::getline(std::cin, line);
        return QString::fromLocal8Bit(line.c_str());
    };
    io.cancel = &s_interrupted;
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return Steward::Ctl::run(arguments, io);
}
