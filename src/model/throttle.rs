//! When work allowed at most once per interval runs: at once after a quiet spell, else once
//! when the interval is up, for every request made meanwhile (the work then reads the state
//! of that moment, so nothing requested is lost).

/// What to do with a request.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Run {
    Now,
    /// Run in this many milliseconds.
    After(f64),
    /// A run is already waiting and will cover this request.
    Covered,
}

#[derive(Clone, Copy, Debug)]
pub struct Throttle {
    every_ms: f64,
    /// When the work last ran.
    last: f64,
    waiting: bool,
}

impl Throttle {
    pub fn new(every_ms: f64) -> Throttle {
        Throttle { every_ms, last: f64::NEG_INFINITY, waiting: false }
    }

    /// A request at `now` (milliseconds).
    pub fn request(&mut self, now: f64) -> Run {
        if self.waiting {
            return Run::Covered;
        }
        if now - self.last >= self.every_ms {
            self.last = now;
            return Run::Now;
        }
        self.waiting = true;
        Run::After(self.last + self.every_ms - now)
    }

    /// The waiting run ran at `now`.
    pub fn ran(&mut self, now: f64) {
        self.last = now;
        self.waiting = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_after_a_quiet_spell_runs_at_once() {
        let mut t = Throttle::new(300.0);
        assert_eq!(t.request(1000.0), Run::Now);
        assert_eq!(t.request(1300.0), Run::Now);
    }

    #[test]
    fn requests_within_the_interval_wait_for_one_run_at_its_end() {
        let mut t = Throttle::new(300.0);
        assert_eq!(t.request(1000.0), Run::Now);
        assert_eq!(t.request(1050.0), Run::After(250.0));
        assert_eq!(t.request(1100.0), Run::Covered);
        assert_eq!(t.request(1299.0), Run::Covered);
        t.ran(1301.0);
        // Still stepping: the next run waits for the interval from the last one.
        assert_eq!(t.request(1350.0), Run::After(251.0));
        t.ran(1602.0);
        assert_eq!(t.request(2000.0), Run::Now);
    }
}
