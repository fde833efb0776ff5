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
    envlens::IoStatus copyRange(int from, qint64 offset, qint64 length, int to) override
    {
        if (!m_announced) {
            std::fputs("copying\n", stdout);
            std::fflush(stdout);
            m_announced = true;
        }
        constexpr qint64 step = 1 << 20;
        for (qint64 done = 0; done < length; done += step) {
            if (envlens::IoStatus error = SystemFileIo::copyRange(from, offset + done, std::min(step, length - done), to))
                return error;
            ::usleep(1000);
        }
        return std::nullopt;
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
