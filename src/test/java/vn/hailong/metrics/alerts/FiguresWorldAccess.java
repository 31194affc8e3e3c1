package vn.hailong.metrics.alerts;

import vn.hailong.feedback.Channel;
import vn.hailong.feedback.RatingHistory;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.time.LocalDate;

/** {@link FiguresWorld} for the figure tests of other packages. */
public final class FiguresWorldAccess {

    private final FiguresWorld world;

    private FiguresWorldAccess(FiguresWorld world) {
        this.world = world;
    }

    public static FiguresWorldAccess world(Fixtures fixtures, Api api, Directory directory, RatingHistory history,
                                           Unit counterUnit, String officerName) {
        return new FiguresWorldAccess(new FiguresWorld(fixtures, api, directory, history, counterUnit, officerName));
    }

    public FiguresWorldAccess rate(Unit unit, LocalDate day, Channel channel, int score, int count, boolean atCounter,
                                   String comment) {
        world.rate(unit, day, channel, score, count, atCounter, comment);
        return this;
    }

    public void store() {
        world.store();
    }
}
