#include "erlang.h"

namespace hostreview::core::solver {

double erlangB(int servers, double a)
{
    if (a <= 0.0)
        return servers <= 0 ? 1.0 : 0.0;
    double b = 1.0;
    for (int k = 1; k <= servers && b > 0.0; ++k) { // once B underflows to 0 it stays 0
        const double ab = a * b;
        b = ab / (double(k) + ab);
    }
    return b;
}

double erlangC(int servers, double a)
{
    if (a <= 0.0 || servers < 1)
        return 0.0;
    const double m = double(servers);
    if (a >= m)
        return 1.0;
    const double b = erlangB(servers, a);
    const double rho = a / m;
    // 1 − ρ(1 − B) ≥ 1 − ρ > 0: no cancellation that matters, since B ≥ 0 only adds to it.
    return b / (1.0 - rho * (1.0 - b));
}

double mmmTimePerVisit(double serviceTime, int servers, double rho)
{
    if (servers <= 1)
        return serviceTime / (1.0 - rho);
    const double m = double(servers);
    return serviceTime * (1.0 + erlangC(servers, m * rho) / (m * (1.0 - rho)));
}

} // namespace hostreview::core::solver
