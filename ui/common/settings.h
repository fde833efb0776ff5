#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;

namespace envlens {

/**
 * The one typed wrapper over the application's QSettings: every key, type and default lives in
 * settings.cpp. Widgets never touch QSettings directly.
 */
class Settings : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 10;

    static Settings &instance();

    /** Points the instance at a fresh temporary file (tests, --self-test): nothing real is read or written. */
    static void useTemporaryFile();

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /** A locale name such as "ko" or "en"; empty means "follow the system". */
    QString language() const;
    void setLanguage(const QString &language);

    /** The platform markers are evaluated for ("linux", "windows", "darwin"); empty: this machine's. */
    QString targetPlatform() const;
    void setTargetPlatform(const QString &platform);

    QString lastDialogDirectory() const;
    void setLastDialogDirectory(const QString &directory);

    /** Bit set of the severities the diagnostics panel shows (bit 0 error, 1 warning, 2 info). */
    int diagnosticsSeverityMask() const;
    void setDiagnosticsSeverityMask(int mask);

    QString fileName() const;
    void sync();

Q_SIGNALS:
    void recentFilesChanged();
    void changed(const QString &key);

private:
    Settings();
    ~Settings() override;

    template<typename T>
    T get(const char *key, const T &defaultValue) const;
    template<typename T>
    void set(const char *key, const T &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace envlens
