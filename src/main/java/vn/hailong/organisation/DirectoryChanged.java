package vn.hailong.organisation;

/**
 * Published when a unit, counter, officer or procedure changes, in the changing transaction: what caches directory
 * objects (or something derived from them, such as whether a token's unit is active) forgets it.
 */
public record DirectoryChanged() {

    public static final DirectoryChanged INSTANCE = new DirectoryChanged();
}
