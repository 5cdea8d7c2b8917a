#pragma once

#include "appsettings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace hostreview::app {

/** Edits AppSettings: reviewer name, utilisation knee, time unit, language. */
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

private:
    AppSettings m_settings;
    QLineEdit *m_reviewer;
    QDoubleSpinBox *m_knee;
    QComboBox *m_unit;
    QSpinBox *m_autosave;
    QComboBox *m_language;
};

} // namespace hostreview::app
