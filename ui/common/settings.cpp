#include "common/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace envlens {

namespace {

// Keys: one place, so a typo cannot split a setting in two.
constexpr const char *kRecentFiles = "files/recent";
constexpr const char *kLastDialogDirectory = "files/lastDialogDirectory";
constexpr const char *kWindowGeometry = "window/geometry";
constexpr const char *kWindowState = "window/state";
constexpr const char *kLanguage = "general/language";
constexpr const char *kTargetPlatform = "checks/targetPlatform";
constexpr const char *kSeverityMask = "diagnostics/severityMask";

constexpr int kAllSeverities = 0x7;

QString defaultSettingsFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return dir + QStringLiteral("/envlens.conf");
}

// A temporary settings file lives until the process ends; tests must never share or keep one.
QTemporaryDir *temporaryDir()
{
    static QTemporaryDir dir;
    return &dir;
}

bool g_useTemporaryFile = false;

} // namespace

Settings::Settings()
{
    const QString file = g_useTemporaryFile ? temporaryDir()->filePath(QStringLiteral("envlens.conf"))
                                            : defaultSettingsFile();
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
}

Settings::~Settings() = default;

Settings &Settings::instance()
{
    static Settings settings;
    return settings;
}

void Settings::useTemporaryFile()
{
    g_useTemporaryFile = true;
    Settings &settings = instance();
    settings.m_settings = std::make_unique<QSettings>(
        temporaryDir()->filePath(QStringLiteral("envlens.conf")), QSettings::IniFormat);
    settings.m_settings->clear();
}

template<typename T>
T Settings::get(const char *key, const T &defaultValue) const
{
    const QVariant value = m_settings->value(QLatin1String(key));
    return value.isValid() && value.canConvert<T>() ? value.value<T>() : defaultValue;
}

template<typename T>
void Settings::set(const char *key, const T &value)
{
    if (m_settings->contains(QLatin1String(key)) && get<T>(key, T()) == value)
        return;
    m_settings->setValue(QLatin1String(key), value);
    emit changed(QLatin1String(key));
}

QStringList Settings::recentFiles() const
{
    QStringList files = get<QStringList>(kRecentFiles, {});
    files.removeAll(QString());
    return files.mid(0, kMaxRecentFiles);
}

void Settings::addRecentFile(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList files = recentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    set(kRecentFiles, QStringList(files.mid(0, kMaxRecentFiles))); // Qt 5: mid() is QList<QString>
    emit recentFilesChanged();
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(QDir::cleanPath(path)) == 0)
        return;
    set(kRecentFiles, files);
    emit recentFilesChanged();
}

void Settings::clearRecentFiles()
{
    set(kRecentFiles, QStringList());
    emit recentFilesChanged();
}

QByteArray Settings::windowGeometry() const { return get<QByteArray>(kWindowGeometry, {}); }

void Settings::setWindowGeometry(const QByteArray &geometry) { set(kWindowGeometry, geometry); }

QByteArray Settings::windowState() const { return get<QByteArray>(kWindowState, {}); }

void Settings::setWindowState(const QByteArray &state) { set(kWindowState, state); }

QString Settings::language() const { return get<QString>(kLanguage, {}); }

void Settings::setLanguage(const QString &language) { set(kLanguage, language); }

QString Settings::targetPlatform() const { return get<QString>(kTargetPlatform, {}); }

void Settings::setTargetPlatform(const QString &platform) { set(kTargetPlatform, platform); }

QString Settings::lastDialogDirectory() const
{
    const QString dir = get<QString>(kLastDialogDirectory, {});
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

void Settings::setLastDialogDirectory(const QString &directory) { set(kLastDialogDirectory, directory); }

int Settings::diagnosticsSeverityMask() const { return get<int>(kSeverityMask, kAllSeverities) & kAllSeverities; }

void Settings::setDiagnosticsSeverityMask(int mask) { set(kSeverityMask, mask & kAllSeverities); }

QString Settings::fileName() const { return m_settings->fileName(); }

void Settings::sync() { m_settings->sync(); }

} // namespace envlens
