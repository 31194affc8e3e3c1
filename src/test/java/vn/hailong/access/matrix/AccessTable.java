package vn.hailong.access.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The access matrix as written in {@code src/test/resources/access-matrix.txt}: one row per route (method and URI
 * template as the Router knows them), who may call it, and for routes about one unit's objects which unit relations
 * the caller may reach and how a refused one answers. See the file's header for its syntax.
 */
final class AccessTable {

    enum Relation { OWN, CHILD, SIBLING, PARENT }

    /** Who calls: nobody signed in, a staff member of each role (a session on pages, a token on the API), or a machine token. */
    enum Principal { ANONYMOUS, ADMIN, PROVINCE_MANAGER, UNIT_MANAGER, HANDLER, OFFICER, INTEGRATION, KIOSK,
        /** an ADMIN whose unit is the root of the tree (the province): the only one who changes province-wide data */
        ROOT_ADMIN;

        boolean staff() {
            return this != ANONYMOUS && this != INTEGRATION && this != KIOSK;
        }
    }

    static final Set<Principal> STAFF = EnumSet.of(Principal.ADMIN, Principal.PROVINCE_MANAGER, Principal.UNIT_MANAGER,
            Principal.HANDLER, Principal.OFFICER);

    /**
     * @param relations    null when the route is not about one unit's object; else the relations that are reached
     * @param scopeRefusal the status a refused relation answers (404 where the design hides that the object exists)
     */
    record Rule(String method, String template, Set<Principal> allowed, Set<Relation> relations, int scopeRefusal,
                int scopeRefusalToo, java.util.Map<Principal, Set<Relation>> relationsOf) {

        String key() {
            return method + " " + template;
        }

        boolean scoped() {
            return relations != null;
        }

        boolean open() {
            return allowed.contains(Principal.ANONYMOUS);
        }

        boolean allows(Principal p, Relation r) {
            return allowed.contains(p) && (!scoped() || p == Principal.ROOT_ADMIN
                    || relationsOf.getOrDefault(p, relations).contains(r));
        }

        /** Whether a refused relation may answer this status (a row may name two, e.g. 403/404). */
        boolean refusesWith(int status) {
            return status == scopeRefusal || status == scopeRefusalToo;
        }
    }

    static List<Rule> load(String resource) {
        try (InputStream in = AccessTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource);
            }
            List<Rule> rules = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.contains(" #")) {
                l = l.substring(0, l.indexOf(" #")).strip();
            }
            if (!l.isEmpty() && !l.startsWith("#")) {
                    rules.add(parse(l));
                }
            }
            return rules;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Rule parse(String line) {
        String[] t = line.split("\\s+");
        Set<Principal> who = EnumSet.noneOf(Principal.class);
        Set<Relation> relations = null;
        int refusal = 0;
        int refusalToo = 0;
        java.util.Map<Principal, Set<Relation>> relationsOf = new java.util.EnumMap<>(Principal.class);
        for (int i = 2; i < t.length; i++) {
            String w = t[i];
            if (w.equals("-") || w.equals("nobody")) {
                continue;
            }
            if (w.matches("\\d{3}")) {
                refusal = Integer.parseInt(w);
            } else if (w.matches("\\d{3}/\\d{3}")) {
                refusal = Integer.parseInt(w.substring(0, 3));
                refusalToo = Integer.parseInt(w.substring(4));
            } else if (w.equals(w.toLowerCase(Locale.ROOT)) && !w.equals("anyone") && !w.equals("staff")) {
                relations = EnumSet.noneOf(Relation.class);
                for (String r : w.split(",")) {
                    relations.add(Relation.valueOf(r.toUpperCase(Locale.ROOT)));
                }
            } else if (w.equals("anyone")) {
                who.addAll(EnumSet.allOf(Principal.class));
            } else if (w.equals("staff")) {
                who.addAll(STAFF);
                who.add(Principal.ROOT_ADMIN);
            } else if (w.contains(":")) {
                Principal p = Principal.valueOf(w.substring(0, w.indexOf(':')));
                who.add(p);
                Set<Relation> own = EnumSet.noneOf(Relation.class);
                for (String r : w.substring(w.indexOf(':') + 1).split(",")) {
                    own.add(Relation.valueOf(r.toUpperCase(Locale.ROOT)));
                }
                relationsOf.put(p, own);
            } else if (w.equals("ADMIN@root")) {
                who.add(Principal.ROOT_ADMIN);
            } else {
                who.add(Principal.valueOf(w));
                if (w.equals("ADMIN")) {
                    who.add(Principal.ROOT_ADMIN);
                }
            }
        }
        if (relations != null && refusal == 0) {
            throw new IllegalArgumentException("a scoped row names the status of a refused relation: " + line);
        }
        return new Rule(t[0], t[1], who, relations, refusal, refusalToo, relationsOf);
    }
}
