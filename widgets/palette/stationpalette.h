#pragma once

#include <QTreeWidget>

namespace hostreview::widgets {

/** MIME type of a palette drag: the payload is the station kind id (UTF-8). */
inline QString stationKindMimeType() { return QStringLiteral("application/x-hostreview-station-kind"); }

/**
 * The palette of station kinds from core::stationKinds(), grouped by category, each with its glyph.
 * Drag an entry onto the canvas to place a station; double-click (or Enter) asks to place one at
 * the centre of the view (`kindActivated`).
 */
class StationPalette : public QTreeWidget {
    Q_OBJECT
public:
    explicit StationPalette(QWidget *parent = nullptr);

    /** Returns the tree item of a kind (for tests and keyboard navigation), or nullptr. */
    QTreeWidgetItem *itemForKind(const QString &kindId) const;

Q_SIGNALS:
    void kindActivated(const QString &kindId);

protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
};

} // namespace hostreview::widgets
