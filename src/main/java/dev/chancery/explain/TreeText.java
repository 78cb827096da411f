package dev.chancery.explain;

/** A derivation tree drawn with box characters, one fact or rule a line. */
public final class TreeText {
    private TreeText() {
    }

    public static String render(Derivation root) {
        StringBuilder out = new StringBuilder();
        out.append(root.fact()).append(place(root)).append("\n");
        details(out, root, "");
        children(out, root, "");
        return out.toString();
    }

    private static void children(StringBuilder out, Derivation node, String indent) {
        if (node.supports() == null) {
            return;
        }
        for (int i = 0; i < node.supports().size(); i++) {
            Derivation.Support support = node.supports().get(i);
            boolean lastSupport = i == node.supports().size() - 1;
            out.append(indent).append(lastSupport ? "└─ " : "├─ ").append("by rule \"").append(support.rule()).append("\"")
                    .append(support.ruleAt() == null ? "" : " (" + support.ruleAt() + ")").append("\n");
            String inner = indent + (lastSupport ? "   " : "│  ");
            for (int k = 0; k < support.premises().size(); k++) {
                Derivation premise = support.premises().get(k);
                boolean last = k == support.premises().size() - 1;
                out.append(inner).append(last ? "└─ " : "├─ ").append(premise.fact()).append(place(premise))
                        .append(Boolean.TRUE.equals(premise.repeated()) ? " (explained above)" : "").append("\n");
                String deeper = inner + (last ? "   " : "│  ");
                details(out, premise, deeper);
                children(out, premise, deeper);
            }
        }
    }

    private static String place(Derivation node) {
        return node.at() == null ? "" : "  [" + node.at() + "]";
    }

    private static void details(StringBuilder out, Derivation node, String indent) {
        if (node.source() != null) {
            out.append(indent).append("   source: ").append(node.source()).append("\n");
        }
        if (node.quote() != null) {
            out.append(indent).append("   quote: \"").append(node.quote()).append("\"\n");
        }
    }
}
