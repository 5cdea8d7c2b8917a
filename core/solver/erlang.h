#pragma once

namespace hostreview::core::solver {

/**
 * Returns Erlang's B formula (blocking probability of M/M/m/m) for `servers` servers and offered
 * load `a` = λ·S erlangs, by the recurrence B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1))
 * (Kleinrock, *Queueing Systems* vol. 1, 1975, §3.7; the recurrence is the numerically stable
 * form: no factorials, no powers, every step a ratio of positive numbers). O(servers).
 */
double erlangB(int servers, double a);

/**
 * Returns Erlang's C formula, the probability that an arrival to M/M/m waits, for `servers`
 * servers and offered load `a` = m·ρ < m: C = B / (1 − ρ·(1 − B)) (Kleinrock 1975, §3.5, M/M/m,
 * rewritten through B). Accurate for m up to 10 000 and ρ up to 0.9999. Returns 1 for a ≥ m
 * (every arrival waits) and 0 for a ≤ 0.
 */
double erlangC(int servers, double a);

/**
 * Returns the mean time per visit at an M/M/m station whose total utilisation is `rho` (< 1):
 * S · (1 + C(m, m·ρ) / (m·(1 − ρ))). For m = 1 this is S / (1 − ρ).
 */
double mmmTimePerVisit(double serviceTime, int servers, double rho);

} // namespace hostreview::core::solver
