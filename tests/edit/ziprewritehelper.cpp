// Test helper of tst_ziprewriter: rewrites ZIP in place, adding killed.txt, with the copies of
// unchanged entries cut into 1 MiB steps so the test can SIGKILL it mid-copy. Prints "copying"
// when the first copy starts. Exit 0 on success, 2 on error.
#include "edit/fileio.h"
#include "edit/ziprewriter.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace {

class SteppedFileIo : public envlens::SystemFileIo
{
public:
    envlens::Result<qint64> copyFileRange(int from, qint64 offset, qint64 length, int to) override
    {
        if (!m_announced) {
            std::fputs("copying\n", stdout);
            std::fflush(stdout);
            m_announced = true;
        }
        ::usleep(1000);
        return SystemFileIo::copyFileRange(from, offset, std::min<qint64>(length, 1 << 20), to);
    }

private:
    bool m_announced = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    SteppedFileIo io;
    const auto result = envlens::ZipRewriter(io).rewrite(QString::fromLocal8Bit(argv[1]),
                                                         {{QStringLiteral("killed.txt"), QByteArray("killed")}});
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().toString()));
        return 2;
    }
    return 0;
}
