#include "casedocument.h"
#include "documentcanvas.h"
#include "documentpane.h"
#include "documentviewer.h"
#include "imagezoom.h"
#include "kycuifixture.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Steward;
using Kyc::ImageZoom;

namespace {

/** The viewport point where image point @p imagePoint is drawn. */
QPointF drawnAt(const ImageZoom &zoom, const QPointF &imagePoint)
{
    return zoom.mapFromImage(imagePoint);
}

bool near(const QPointF &a, const QPointF &b)
{
    return qAbs(a.x() - b.x()) < 1e-6 && qAbs(a.y() - b.y()) < 1e-6;
}

QList<Kyc::CaseDocument> twoAttempts()
{
    QList<Kyc::CaseDocument> documents;
    int id = 1;
    for (int attempt : {2, 1}) {
        for (const char *kind : {"passport", "selfie"}) {
            Kyc::CaseDocument document;
            document.id = id++;
            document.attempt = attempt;
            document.kind = QString::fromLatin1(kind);
            document.mimeType = attempt == 2 && document.kind == QLatin1String("passport")
                                    ? QStringLiteral("image/png")
                                    : QStringLiteral("image/svg+xml");
            documents << document;
        }
    }
    return documents;
}

} // namespace

class TestDocumentViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fitScaleShowsTheWholeImageCentred_data();
    void fitScaleShowsTheWholeImageCentred();
    void zoomKeepsThePointUnderTheMouse();
    void zoomStaysWithinLimits();
    void panStopsAtTheImageEdges();
    void fitFollowsTheViewportUntilZoomed();
    void canvasReadsSvgAndRasterImages();
    void canvasZoomsWithCtrlWheelAndKeys();
    void unreadableImageSaysSo();
    void documentsStayMaskedUntilRevealed();
    void eachSideComparesItsOwnAttempt();
    void purgedDocumentSaysWhen();
};

void TestDocumentViewer::fitScaleShowsTheWholeImageCentred_data()
{
    QTest::addColumn<QSizeF>("image");
    QTest::addColumn<QSize>("viewport");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QPointF>("origin");

    // Width-bound: 800x400 into 400x400 halves and centres vertically.
    QTest::newRow("wide") << QSizeF(800, 400) << QSize(400, 400) << 0.5 << QPointF(0, 100);
    // Height-bound: 200x800 into 400x400 quarters and centres horizontally.
    QTest::newRow("tall") << QSizeF(200, 800) << QSize(400, 400) << 0.5 << QPointF(150, 0);
    // A small image is enlarged to fill the space; documents are often tiny SVGs.
    QTest::newRow("small") << QSizeF(100, 50) << QSize(400, 400) << 4.0 << QPointF(0, 100);
    QTest::newRow("exact") << QSizeF(400, 300) << QSize(400, 300) << 1.0 << QPointF(0, 0);
}

void TestDocumentViewer::fitScaleShowsTheWholeImageCentred()
{
    QFETCH(QSizeF, image);
    QFETCH(QSize, viewport);
    QFETCH(double, scale);
    QFETCH(QPointF, origin);

    ImageZoom zoom;
    zoom.setViewportSize(viewport);
    zoom.setImageSize(image);
    QVERIFY(zoom.isFitting());
    QCOMPARE(zoom.scale(), scale);
    QCOMPARE(zoom.origin(), origin);
    const QRectF drawn = zoom.imageRect();
    QVERIFY(QRectF(QPointF(0, 0), QSizeF(viewport))
                .contains(drawn.adjusted(0.001, 0.001, -0.001, -0.001)));
    QVERIFY(!zoom.canPan());
}

void TestDocumentViewer::zoomKeepsThePointUnderTheMouse()
{
    ImageZoom zoom;
    zoom.setViewportSize({400, 300});
    zoom.setImageSize({800, 600});
    QCOMPARE(zoom.scale(), 0.5);

    const QPointF mouse(300, 100);
    const QPointF imagePoint = zoom.mapToImage(mouse);
    QCOMPARE(imagePoint, QPointF(600, 200));
    zoom.zoomBy(ImageZoom::StepFactor * ImageZoom::StepFactor, mouse);
    QVERIFY(!zoom.isFitting());
    QCOMPARE(zoom.percent(), 78);
    QVERIFY(near(drawnAt(zoom, imagePoint), mouse));

    // 100 % around the centre keeps the centre's image point in place.
    const QPointF centre(200, 150);
    const QPointF centred = zoom.mapToImage(centre);
    zoom.setScale(1.0);
    QCOMPARE(zoom.percent(), 100);
    QVERIFY(near(drawnAt(zoom, centred), centre));
    QVERIFY(zoom.canPan());

    // Back to fit: whole image, centred.
    zoom.fit();
    QCOMPARE(zoom.scale(), 0.5);
    QCOMPARE(zoom.origin(), QPointF(0, 0));
}

void TestDocumentViewer::zoomStaysWithinLimits()
{
    ImageZoom zoom;
    zoom.setViewportSize({400, 300});
    zoom.setImageSize({400, 300});
    for (int i = 0; i < 100; ++i)
        zoom.zoomIn();
    QCOMPARE(zoom.scale(), ImageZoom::MaximumScale);
    for (int i = 0; i < 200; ++i)
        zoom.zoomOut();
    QCOMPARE(zoom.scale(), ImageZoom::MinimumScale);
    // Far out, the image is small and centred rather than stuck in a corner.
    const QRectF drawn = zoom.imageRect();
    QVERIFY(qAbs(drawn.center().x() - 200) < 1e-6);
    QVERIFY(qAbs(drawn.center().y() - 150) < 1e-6);
    zoom.zoomBy(0, {10, 10});
    QCOMPARE(zoom.scale(), ImageZoom::MinimumScale);
}

void TestDocumentViewer::panStopsAtTheImageEdges()
{
    ImageZoom zoom;
    zoom.setViewportSize({400, 300});
    zoom.setImageSize({800, 600});
    zoom.setScale(1.0);
    // Centred at 100 %: the image reaches 200 px past each side, 150 past top and bottom.
    QCOMPARE(zoom.origin(), QPointF(-200, -150));
    zoom.panBy({1000, 1000});
    QCOMPARE(zoom.origin(), QPointF(0, 0));
    zoom.panBy({-5000, -5000});
    QCOMPARE(zoom.origin(), QPointF(-400, -300));
    zoom.panBy({50, 0});
    QCOMPARE(zoom.origin(), QPointF(-350, -300));

    // An image narrower than the viewport stays centred horizontally while panning.
    zoom.setImageSize({100, 900});
    zoom.setScale(1.0);
    zoom.panBy({123, 0});
    QCOMPARE(zoom.origin().x(), 150.0);
}

void TestDocumentViewer::fitFollowsTheViewportUntilZoomed()
{
    ImageZoom zoom;
    zoom.setViewportSize({400, 300});
    zoom.setImageSize({800, 600});
    zoom.setViewportSize({800, 600});
    QCOMPARE(zoom.scale(), 1.0);
    zoom.zoomIn();
    const double zoomed = zoom.scale();
    zoom.setViewportSize({400, 300});
    // Zoomed by hand: the scale stays, the image stays centred on the same point.
    QCOMPARE(zoom.scale(), zoomed);
    QVERIFY(!zoom.isFitting());
}

void TestDocumentViewer::canvasReadsSvgAndRasterImages()
{
    Kyc::DocumentCanvas canvas;
    canvas.resize(400, 300);
    QVERIFY(canvas.setImage(Test::KycUiFixture::svgDocument(QStringLiteral("Ana"), false),
                            QStringLiteral("image/svg+xml")));
    QVERIFY(canvas.hasImage());
    QCOMPARE(canvas.zoom().imageSize(), QSizeF(428, 270));
    QVERIFY(canvas.setImage(Test::KycUiFixture::pngDocument(QStringLiteral("Ana")),
                            QStringLiteral("image/png")));
    QCOMPARE(canvas.zoom().imageSize(), QSizeF(320, 420));
    QVERIFY(canvas.message().isEmpty());
    QVERIFY(canvas.zoom().isFitting());
}

void TestDocumentViewer::canvasZoomsWithCtrlWheelAndKeys()
{
    Kyc::DocumentCanvas canvas;
    canvas.resize(400, 300);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    // A card a little wider than the canvas: one step in and it overflows both ways.
    QVERIFY(canvas.setImage(Test::KycUiFixture::svgDocument(QStringLiteral("Ana"), false),
                            QStringLiteral("image/svg+xml")));
    QSignalSpy zoomed(&canvas, &Kyc::DocumentCanvas::zoomChanged);
    const double fit = canvas.zoom().scale();

    const QPointF mouse(220, 160);
    const QPointF imagePoint = canvas.zoom().mapToImage(mouse);
    QWheelEvent wheel(mouse, canvas.mapToGlobal(mouse), {}, {0, 120}, Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&canvas, &wheel);
    QCOMPARE(canvas.zoom().scale(), fit * ImageZoom::StepFactor);
    QVERIFY(near(canvas.zoom().mapFromImage(imagePoint), mouse));
    QVERIFY(!zoomed.isEmpty());

    // Without Ctrl the wheel scrolls instead of zooming.
    QWheelEvent scroll(mouse, canvas.mapToGlobal(mouse), {}, {0, -120}, Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&canvas, &scroll);
    QCOMPARE(canvas.zoom().scale(), fit * ImageZoom::StepFactor);

    QTest::keyClick(&canvas, Qt::Key_1);
    QCOMPARE(canvas.zoom().percent(), 100);
    QTest::keyClick(&canvas, Qt::Key_Plus);
    QCOMPARE(canvas.zoom().percent(), 125);
    QTest::keyClick(&canvas, Qt::Key_Minus);
    QCOMPARE(canvas.zoom().percent(), 100);
    QTest::keyClick(&canvas, Qt::Key_0);
    QVERIFY(canvas.zoom().isFitting());
    QCOMPARE(canvas.zoom().scale(), fit);

    // Dragging pans a zoomed image.
    QTest::keyClick(&canvas, Qt::Key_1);
    QTest::keyClick(&canvas, Qt::Key_Plus);
    const QPointF before = canvas.zoom().origin();
    QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(200, 150));
    QMouseEvent move(QEvent::MouseMove, QPointF(190, 140), canvas.mapToGlobal(QPointF(190, 140)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&canvas, &move);
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(190, 140));
    QCOMPARE(canvas.zoom().origin(), before + QPointF(-10, -10));
}

void TestDocumentViewer::unreadableImageSaysSo()
{
    Kyc::DocumentCanvas canvas;
    QVERIFY(!canvas.setImage("not an image", QStringLiteral("image/jpeg")));
    QVERIFY(!canvas.hasImage());
    QVERIFY(canvas.message().contains(QLatin1String("image/jpeg")));
    QVERIFY(!canvas.setImage("<svg", QStringLiteral("image/svg+xml")));
    QVERIFY(!canvas.hasImage());
}

void TestDocumentViewer::documentsStayMaskedUntilRevealed()
{
    Kyc::DocumentViewer viewer;
    viewer.resize(900, 500);
    viewer.setRevealAllowed(true);
    viewer.setCase(7, twoAttempts());
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.revealButton()->isVisible());
    QVERIFY(!viewer.leftPane()->canvas()->hasImage());
    QVERIFY(viewer.leftPane()->canvas()->isMasked());
    QCOMPARE(viewer.leftPane()->currentKind(), QStringLiteral("passport"));
    QCOMPARE(viewer.rightPane()->currentKind(), QStringLiteral("selfie"));
    QCOMPARE(viewer.leftPane()->currentAttempt(), 2);

    QHash<qint64, QByteArray> contents;
    contents.insert(1, Test::KycUiFixture::pngDocument(QStringLiteral("passport 2")));
    contents.insert(2, Test::KycUiFixture::svgDocument(QStringLiteral("selfie 2"), true));
    contents.insert(3, Test::KycUiFixture::svgDocument(QStringLiteral("passport 1"), false));
    contents.insert(4, Test::KycUiFixture::svgDocument(QStringLiteral("selfie 1"), true));
    viewer.setRevealed(contents);
    QVERIFY(viewer.leftPane()->canvas()->hasImage());
    QVERIFY(viewer.rightPane()->canvas()->hasImage());
    QVERIFY(!viewer.revealButton()->isVisible());

    // Reloading the same case keeps the images; another case starts masked again.
    viewer.setCase(7, twoAttempts());
    QVERIFY(viewer.leftPane()->canvas()->hasImage());
    viewer.setCase(8, twoAttempts());
    QVERIFY(!viewer.leftPane()->canvas()->hasImage());
    QVERIFY(viewer.revealButton()->isVisible());

    // Without the permission there is nothing to press.
    viewer.setRevealAllowed(false);
    QVERIFY(!viewer.revealButton()->isVisible());
    QVERIFY(viewer.leftPane()->canvas()->message().contains(QLatin1String("may not")));
}

void TestDocumentViewer::eachSideComparesItsOwnAttempt()
{
    Kyc::DocumentViewer viewer;
    viewer.setRevealAllowed(true);
    viewer.setCase(7, twoAttempts());
    QHash<qint64, QByteArray> contents;
    for (qint64 id = 1; id <= 4; ++id)
        contents.insert(id, Test::KycUiFixture::svgDocument(QString::number(id), id % 2 == 0));
    viewer.setRevealed(contents);

    Kyc::DocumentPane *right = viewer.rightPane();
    QCOMPARE(right->attemptPicker()->count(), 2);
    QVERIFY(right->attemptPicker()->itemText(0).contains(QLatin1String("latest")));
    // The right side goes back to attempt 1: still the selfie, of that attempt.
    right->attemptPicker()->setCurrentIndex(1);
    Q_EMIT right->attemptPicker()->activated(1);
    QCOMPARE(right->currentAttempt(), 1);
    QCOMPARE(right->currentKind(), QStringLiteral("selfie"));
    QCOMPARE(right->currentDocument()->id, 4);
    QVERIFY(right->canvas()->hasImage());
    QCOMPARE(viewer.leftPane()->currentAttempt(), 2);
    // The right side can show the other attempt's passport too.
    QVERIFY(right->showDocument(1, QStringLiteral("passport")));
    QCOMPARE(right->currentDocument()->id, 3);
}

void TestDocumentViewer::purgedDocumentSaysWhen()
{
    QList<Kyc::CaseDocument> documents = twoAttempts();
    for (Kyc::CaseDocument &document : documents) {
        document.isPurged = true;
        document.purgedAt = 1772442000000; // 2026-03-02
    }
    Kyc::DocumentViewer viewer;
    viewer.setRevealAllowed(true);
    viewer.setCase(9, documents);
    QVERIFY(!viewer.leftPane()->canvas()->isMasked());
    QVERIFY2(viewer.leftPane()->canvas()->message().contains(QLatin1String("Purged on")),
             qPrintable(viewer.leftPane()->canvas()->message()));
    QVERIFY(viewer.leftPane()->canvas()->message().contains(
        QLocale().toString(QDate(2026, 3, 2), QLocale::ShortFormat)));
    // Nothing left to reveal.
    QVERIFY(viewer.revealButton()->isHidden() || !viewer.revealButton()->isVisibleTo(&viewer));
}

QTEST_MAIN(TestDocumentViewer)
#include "tst_documentviewer.moc"
