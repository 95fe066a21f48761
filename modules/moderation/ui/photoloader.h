#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Steward::Moderation {

/** Loads reported photos for the console. A report's media_url is the photo's storage key,
 *  resolved against the console's photo address (ModerationConsoleSettings::photoAddress); absolute
 *  http(s) and file addresses are used as they are. Images are decoded off the GUI thread and
 *  the last few are kept, so moving back and forth between reports shows them at once. */
class PhotoLoader : public QObject
{
    Q_OBJECT
public:
    /** What a load produced: the image, or why there is none. */
    struct Result
    {
        QImage image;
        QString error;
    };

    explicit PhotoLoader(QObject *parent = nullptr);

    /** Where @p mediaUrl is loaded from with @p photoAddress; empty with @p error set when it
     *  cannot be (no photo address for a storage key, a key leaving the address's folder). */
    static QUrl resolve(const QString &mediaUrl, const QString &photoAddress, QString *error);

    /** Loads @p mediaUrl and calls @p done on the GUI thread, unless @p context is gone by then.
     *  Loads of the same address share one transfer. */
    void load(const QString &mediaUrl, QObject *context, std::function<void(const Result &)> done);
    /** Starts loading @p mediaUrl so that a later load() is immediate. */
    void prefetch(const QString &mediaUrl) { load(mediaUrl, nullptr, {}); }

    /** Largest photo accepted, in bytes. */
    static constexpr qint64 MaximumBytes = 25 * 1024 * 1024;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(const Result &)> done;
    };
    void finish(const QString &key, const Result &result);
    void decode(const QString &key, const QByteArray &data);

    QNetworkAccessManager *m_network = nullptr;
    QCache<QString, QImage> m_cache;
    QHash<QString, QList<Waiter>> m_waiting;
};

} // namespace Steward::Moderation
