#include "settingsdialog.h"

#include "i18n/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QLocale>

#include <algorithm>

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
    m_autosave = new QSpinBox;
    m_autosave->setObjectName(QStringLiteral("autosaveMinutes"));
    m_autosave->setRange(0, 120);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setSpecialValueText(tr("off"));
    m_autosave->setValue(settings.autosaveMinutes);
    m_autosave->setToolTip(tr("Unsaved work is kept in the recovery folder this often, and offered again after a crash."));
    form->addRow(tr("Autosave every:"), m_autosave);
    m_language = new QComboBox;
    m_language->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString &code : i18n::languages())
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_language->setToolTip(tr("Language of menus, dialogs and number formats. Reports choose their own language."));
    form->addRow(tr("Language:"), m_language);
    auto *restartNote = new QLabel(tr("A new language takes effect when hostreview is started again."));
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false);
    form->addRow(restartNote);
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
    s.autosaveMinutes = m_autosave->value();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace hostreview::app
