package dev.chancery.report;

import dev.chancery.model.Actor;
import dev.chancery.result.EntityResult;
import dev.chancery.result.RelationResult;
import dev.chancery.result.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The recognition graph in Graphviz's DOT: recognizers → entities → the states they are claimed
 * from, and severed relations as red edges — dashed when the rules inferred them (policy or
 * exclusive switch, labelled with the basis and ✓ when a report confirms them), solid when
 * reported. Expected severances are predictions and stay out (they are in the conclusions).
 *
 * <p>One picture per group of entities claimed from the same state (a box each in the whole
 * graph): a state that recognized entities of several groups is drawn in each, so no edge crosses
 * the page. An entity with many recognizers (Palestine has over 150) would bury its group in edges:
 * past {@link #DRAWN_RECOGNIZERS} only the recognizers in a drawn relation are drawn one by one,
 * and the others are named in one note, so no recognizer goes unmentioned.
 */
public final class GraphDot {
    static final int DRAWN_RECOGNIZERS = 16;
    private static final String FONT = "Helvetica,Arial,sans-serif";
    private static final String RED = "#b42318";
    private static final String AMBER = "#b7791f";
    private static final String NAVY = "#1d3b6f";
    private static final String GREY = "#8793a3";

    /** Entities claimed from one state (or one unclaimed entity) and the severed relations among their actors. */
    public record Group(String key, String title, List<EntityResult> entities, List<RelationResult> relations) {
    }

    private final Map<String, Actor> actors;

    public GraphDot(Map<String, Actor> actors) {
        this.actors = actors;
    }

    /** The whole graph, one cluster per group. */
    public String render(Result result) {
        List<Group> groups = new ArrayList<>(groups(result));
        // dot stacks unconnected clusters from the bottom up in a left-to-right layout: reversed, they read top-down
        java.util.Collections.reverse(groups);
        StringBuilder out = header("Recognition graph, as of " + asOf(result));
        for (Group g : groups) {
            out.append("  subgraph \"cluster_").append(dot(g.key())).append("\" {\n    label=\"").append(dot(g.title()))
                    .append("\"; style=rounded; color=\"#c9d1dc\"; fontsize=12;\n");
            body(out, g, g.key() + ":", "    ");
            out.append("  }\n");
        }
        return out.append("}\n").toString();
    }

    /** One group alone, for a page that shows each picture at its own scale. */
    public String render(Group group) {
        StringBuilder out = header(null); // the page captions it
        body(out, group, "", "  ");
        return out.append("}\n").toString();
    }

    public List<Group> groups(Result result) {
        Set<String> entityIds = new LinkedHashSet<>();
        result.entities().forEach(e -> entityIds.add(e.id()));
        Map<String, List<EntityResult>> byKey = new LinkedHashMap<>();
        for (EntityResult e : result.entities()) {
            byKey.computeIfAbsent(e.parent() != null ? e.parent() : e.id(), k -> new ArrayList<>()).add(e);
        }
        List<RelationResult> severed = result.relations().stream().filter(r -> "severed".equals(r.status())).toList();
        Map<String, List<RelationResult>> relationsByKey = new LinkedHashMap<>();
        List<RelationResult> others = new ArrayList<>();
        for (RelationResult r : severed) {
            String home = home(r, byKey);
            if (home == null) {
                others.add(r);
            } else {
                relationsByKey.computeIfAbsent(home, k -> new ArrayList<>()).add(r);
            }
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, entities) -> groups.add(new Group(key, title(key, entities), entities,
                relationsByKey.getOrDefault(key, List.of()))));
        if (!others.isEmpty()) {
            groups.add(new Group("OTHER", "Other severed relations", List.of(), others));
        }
        return groups;
    }

    /** The group whose claimant or entity is one side of the pair and whose actors hold the other. */
    private static String home(RelationResult r, Map<String, List<EntityResult>> byKey) {
        for (Map.Entry<String, List<EntityResult>> g : byKey.entrySet()) {
            Set<String> core = new LinkedHashSet<>(List.of(g.getKey()));
            g.getValue().forEach(e -> core.add(e.id()));
            Set<String> all = new LinkedHashSet<>(core);
            g.getValue().forEach(e -> all.addAll(recognizers(e)));
            if (core.contains(r.a()) && all.contains(r.b()) || core.contains(r.b()) && all.contains(r.a())) {
                return g.getKey();
            }
        }
        return null;
    }

    private static Set<String> recognizers(EntityResult e) {
        Set<String> out = new LinkedHashSet<>();
        e.recognizedBy().forEach(r -> out.add(r.state()));
        e.withdrawn().forEach(r -> out.add(r.state()));
        e.lapsed().forEach(r -> out.add(r.state()));
        e.nonMemberRecognizers().forEach(r -> out.add(r.state()));
        return out;
    }

    private String title(String key, List<EntityResult> entities) {
        String names = String.join(" · ", entities.stream().map(e -> e.id() + " " + e.name()).toList());
        boolean claimed = entities.stream().anyMatch(e -> key.equals(e.parent()));
        return claimed ? names + " (claimed from " + name(key) + ")" : names;
    }

    private static StringBuilder header(String label) {
        return new StringBuilder().append("digraph chancery {\n")
                .append("  graph [rankdir=LR, ranksep=0.9, nodesep=0.16, fontname=\"").append(FONT)
                .append("\", fontsize=13, labelloc=t, labeljust=l")
                .append(label == null ? "" : ", label=\"" + dot(label) + "\"").append("];\n")
                .append("  node [shape=box, style=\"rounded,filled\", fontname=\"").append(FONT)
                .append("\", fontsize=10, fillcolor=\"#eef2f8\", color=\"#9aa8bd\", margin=\"0.10,0.04\"];\n")
                .append("  edge [fontname=\"").append(FONT).append("\", fontsize=8, color=\"#4a6a94\", arrowsize=0.6];\n");
    }

    private void body(StringBuilder out, Group g, String prefix, String indent) {
        Map<String, String> nodes = new LinkedHashMap<>();
        List<String> edges = new ArrayList<>();
        Set<String> related = new LinkedHashSet<>();
        g.relations().forEach(r -> {
            related.add(r.a());
            related.add(r.b());
        });
        Set<String> entityIds = new LinkedHashSet<>();
        g.entities().forEach(e -> entityIds.add(e.id()));
        for (EntityResult e : g.entities()) {
            nodes.put(e.id(), node(prefix, e.id(), name(e.id()) + "\ntally " + e.tally() + statusNote(e),
                    "fillcolor=\"" + NAVY + "\", fontcolor=white, color=\"" + NAVY + "\", penwidth=1.4"));
        }
        for (EntityResult e : g.entities()) {
            if (e.parent() != null) {
                nodes.putIfAbsent(e.parent(), node(prefix, e.parent(), name(e.parent()),
                        "fillcolor=\"#fff4dc\", color=\"" + AMBER + "\""));
                edges.add(edge(prefix, e.id(), e.parent(), "claimed from", "color=\"" + GREY + "\", fontcolor=\"" + GREY
                        + "\", penwidth=1.6, arrowhead=vee"));
            }
            boolean summarize = recognizers(e).size() > DRAWN_RECOGNIZERS;
            Set<String> hiddenInForce = new TreeSet<>();
            Set<String> hiddenEnded = new TreeSet<>();
            for (EntityResult.Recognition r : e.recognizedBy()) {
                if (summarize && !related.contains(r.state()) && !entityIds.contains(r.state())) {
                    hiddenInForce.add(r.state());
                    continue;
                }
                nodes.putIfAbsent(r.state(), node(prefix, r.state(), name(r.state()), ""));
                edges.add(edge(prefix, r.state(), e.id(), TextReport.ordinal(r.ordinal()), "penwidth=1.2"));
            }
            List<EntityResult.EndedRecognition> ended = new ArrayList<>(e.withdrawn());
            ended.addAll(e.lapsed());
            for (EntityResult.EndedRecognition r : ended) {
                if (summarize && !related.contains(r.state()) && !entityIds.contains(r.state())) {
                    hiddenEnded.add(r.state());
                    continue;
                }
                boolean lapsed = e.lapsed().contains(r);
                nodes.putIfAbsent(r.state(), node(prefix, r.state(), name(r.state()), ""));
                edges.add(edge(prefix, r.state(), e.id(), TextReport.ordinal(r.ordinal()) + (lapsed ? ", lapsed " : ", ended ")
                        + r.until(), (lapsed ? "style=dotted" : "style=dashed") + ", color=\"" + GREY + "\", fontcolor=\""
                        + GREY + "\""));
            }
            for (EntityResult.NonMemberRecognition r : e.nonMemberRecognizers()) {
                nodes.putIfAbsent(r.state(), node(prefix, r.state(), name(r.state()), ""));
                edges.add(edge(prefix, r.state(), e.id(), "not counted", "style=dotted, color=\"" + GREY
                        + "\", fontcolor=\"" + GREY + "\""));
            }
            if (!hiddenInForce.isEmpty() || !hiddenEnded.isEmpty()) {
                String id = "more " + e.id();
                nodes.put(id, "\"" + dot(prefix + id) + "\" [shape=note, style=filled, fillcolor=\"#f6f7f9\", "
                        + "color=\"#b5bfcc\", fontsize=9, label=\"" + dot(summary(hiddenInForce, hiddenEnded)) + "\"];");
                edges.add(edge(prefix, id, e.id(), "", "penwidth=2.2, color=\"#9fb0c8\""));
            }
        }
        for (RelationResult r : g.relations()) {
            nodes.putIfAbsent(r.a(), node(prefix, r.a(), name(r.a()), ""));
            nodes.putIfAbsent(r.b(), node(prefix, r.b(), name(r.b()), ""));
            edges.add(edge(prefix, r.a(), r.b(), relationLabel(r), relationStyle(r)));
        }
        nodes.values().forEach(n -> out.append(indent).append(n).append("\n"));
        edges.forEach(e -> out.append(indent).append(e).append("\n"));
    }

    private static String summary(Set<String> inForce, Set<String> ended) {
        StringBuilder label = new StringBuilder();
        if (!inForce.isEmpty()) {
            label.append(inForce.size()).append(" more in force:\n").append(wrap(inForce));
        }
        if (!ended.isEmpty()) {
            label.append(label.length() == 0 ? "" : "\n").append(ended.size()).append(" more ended:\n").append(wrap(ended));
        }
        return label.toString();
    }

    private static String wrap(Set<String> ids) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (String id : ids) {
            out.append(i == 0 ? "" : i % 12 == 0 ? "\n" : " ").append(id);
            i++;
        }
        return out.toString();
    }

    private static String statusNote(EntityResult e) {
        return "claimed".equals(e.status()) || "state".equals(e.status()) || e.status() == null ? ""
                : "\n" + e.status() + (e.statusSince() == null ? "" : " " + e.statusSince());
    }

    private static String node(String prefix, String id, String text, String style) {
        return "\"" + dot(prefix + id) + "\" [label=\"" + dot(id + "\n" + text) + "\"" + (style.isEmpty() ? "" : ", " + style)
                + "];";
    }

    private static String edge(String prefix, String from, String to, String label, String style) {
        return "\"" + dot(prefix + from) + "\" -> \"" + dot(prefix + to) + "\" ["
                + (label.isEmpty() ? "" : "label=\"" + dot(label) + "\", ") + style + "];";
    }

    static String relationLabel(RelationResult r) {
        String confirmed = r.confirmed() == null ? "" : r.confirmed() ? ", confirmed ✓" : ", unconfirmed";
        return "severed " + (r.since() == null ? "" : r.since()) + "\n" + (r.basis() == null ? "" : r.basis()) + confirmed;
    }

    private static String relationStyle(RelationResult r) {
        boolean inferred = !"reported".equals(r.basis());
        return (inferred ? "style=dashed, penwidth=1.6" : "style=solid, penwidth=1.3") + ", color=\"" + RED
                + "\", fontcolor=\"" + RED + "\", constraint=false, arrowhead=tee";
    }

    private static String asOf(Result result) {
        return result.asOf() == null ? "all dates" : result.asOf().toString();
    }

    /** Inside a DOT double-quoted string: quotes and backslashes escaped, line breaks as \n (centred). */
    static String dot(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n");
    }

    private String name(String id) {
        Actor actor = actors.get(id);
        return actor == null ? id : actor.name();
    }
}
