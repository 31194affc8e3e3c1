package vn.hailong.demo;

import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;

import java.time.Clock;
import java.util.Random;

/**
 * What a contributor gets: the province it loads into, an ADMIN actor scoped to it (so that scoped use cases can
 * be used as an admin would), the clock, and seeded randomness.
 */
public record DemoContext(Unit province, Actor actor, Clock clock, long seed) {

    /** A Random that gives the same sequence on every run for the same purpose. */
    public Random random(String purpose) {
        return new Random(seed * 31 + purpose.hashCode());
    }
}
