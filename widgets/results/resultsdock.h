#pragma once

#include "core/document/reviewdocument.h"
#include "core/solver/solver.h"
#include "models/timeline.h"

#include <QDockWidget>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QTabWidget;
class QTreeView;

namespace hostreview::models {
class StationResultsModel;
}

namespace hostreview::widgets {

class TimelineChart;

/**
 * The results dock: the bottleneck and the headroom in large type, a sortable table of stations
 * (utilisation, queue length, residence time, state) with each station's classes as child rows,
 * and the saturation timeline of the day. A scenario selector and a bucket slider (with the time
 * of day, "08:15–08:30") choose what is solved; the dock only reports the choice
 * (selectionChanged) and shows the results it is given.
 */
class ResultsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ResultsDock(QWidget *parent = nullptr);

    /** Follows `document` for its scenarios and profile buckets. */
    void setDocument(core::ReviewDocument *document);

    /** Returns the chosen scenario id ("baseline" by default). */
    QString scenario() const;
    /** Returns the chosen bucket, or -1 when no profile is applied. */
    int bucket() const;

    models::StationResultsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *scenarioBox() const { return m_scenarioBox; }
    QCheckBox *bucketCheck() const { return m_bucketCheck; }
    QSlider *bucketSlider() const { return m_slider; }
    QLabel *bucketLabel() const { return m_bucketLabel; }
    QLabel *bottleneckLabel() const { return m_bottleneck; }
    QLabel *headroomLabel() const { return m_headroom; }
    TimelineChart *timelineChart() const { return m_chart; }

Q_SIGNALS:
    /** The user chose another scenario or bucket (-1: no profile applied). */
    void selectionChanged(const QString &scenario, int bucket);
    /** The user double-clicked a station row (to find it on the canvas). */
    void stationActivated(const QString &stationId);

public Q_SLOTS:
    /** Shows a solver result; `review` is the model it was solved from (for names). */
    void setResult(const hostreview::core::Review &review, const hostreview::core::solver::SolveResult &result);
    /** Shows why the last solve failed and clears the table. */
    void setError(const QString &message);
    /** Shows the saturation timeline of the chosen scenario. */
    void setTimeline(const hostreview::models::Timeline &timeline);
    /** Sets the knee drawn on the timeline (0.8 = 80 %). */
    void setKnee(double knee);
    /** Selects a scenario by id (no signal when it is already chosen). */
    void setScenario(const QString &scenarioId);
    /** Selects a bucket (-1: no profile applied). */
    void setBucket(int bucket);

private:
    void reloadScenarios();
    void reloadBuckets();
    void updateBucketLabel();
    void emitSelection();

    QPointer<core::ReviewDocument> m_document;
    models::StationResultsModel *m_model;
    QLabel *m_bottleneck;
    QLabel *m_headroom;
    QLabel *m_error;
    QComboBox *m_scenarioBox;
    QCheckBox *m_bucketCheck;
    QSlider *m_slider;
    QLabel *m_bucketLabel;
    QTabWidget *m_tabs;
    QTreeView *m_view;
    TimelineChart *m_chart;
    int m_bucketMinutes = 15;
    bool m_updating = false;
};

} // namespace hostreview::widgets
