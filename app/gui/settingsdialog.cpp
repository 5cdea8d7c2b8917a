#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace hostreview::app {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_reviewer = new QLineEdit(settings.reviewerName);
    m_reviewer->setToolTip(tr("Written into checklist answers and the report as the reviewer."));
    form->addRow(tr("Reviewer name:"), m_reviewer);
    m_knee = new QDoubleSpinBox;
    m_knee->setRange(50, 99);
    m_knee->setDecimals(0);
    m_knee->setSuffix(QStringLiteral(" %"));
    m_knee->setValue(settings.knee * 100);
    m_knee->setToolTip(tr("Utilisation from which a station counts as at risk (amber on the canvas)."));
    form->addRow(tr("Utilisation knee:"), m_knee);
    m_unit = new QComboBox;
    m_unit->addItem(tr("milliseconds"), QStringLiteral("ms"));
    m_unit->addItem(tr("seconds"), QStringLiteral("s"));
    m_unit->setCurrentIndex(settings.timeUnit == QLatin1String("s") ? 1 : 0);
    form->addRow(tr("Show times in:"), m_unit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_settings;
    s.reviewerName = m_reviewer->text().trimmed();
    s.knee = m_knee->value() / 100.0;
    s.timeUnit = m_unit->currentData().toString();
    return s;
}

} // namespace hostreview::app
