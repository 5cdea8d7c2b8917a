#include "utilisationcolors.h"

namespace hostreview::widgets {

LoadBand loadBand(std::optional<double> utilization, bool saturated, bool delay, double knee)
{
    if (!utilization)
        return LoadBand::NoResult;
    if (delay)
        return LoadBand::Delay;
    if (saturated || *utilization >= 1.0)
        return LoadBand::Saturated;
    if (*utilization >= knee)
        return LoadBand::AtRisk;
    return LoadBand::Low;
}

QColor bandFill(LoadBand band)
{
    switch (band) {
    case LoadBand::Low: return QColor(0xd8, 0xf0, 0xd8);
    case LoadBand::AtRisk: return QColor(0xff, 0xe7, 0xb0);
    case LoadBand::Saturated: return QColor(0xf8, 0xc9, 0xc4);
    case LoadBand::Delay: return QColor(0xdd, 0xe6, 0xf0);
    case LoadBand::NoResult: break;
    }
    return QColor(0xec, 0xec, 0xec);
}

QColor bandInk(LoadBand band)
{
    switch (band) {
    case LoadBand::Low: return QColor(0x2e, 0x8b, 0x3e);
    case LoadBand::AtRisk: return QColor(0xd0, 0x8a, 0x00);
    case LoadBand::Saturated: return QColor(0xc6, 0x28, 0x28);
    case LoadBand::Delay: return QColor(0x4a, 0x6a, 0x8c);
    case LoadBand::NoResult: break;
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace hostreview::widgets
