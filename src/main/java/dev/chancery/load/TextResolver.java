package dev.chancery.load;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves a plain scalar to null or to text, nothing else: the readers type every value themselves
 * ({@link YamlFile#date}, {@link YamlFile#bool}, {@link YamlFile#integer}) and only ask whether a value is
 * null. SnakeYAML's implicit resolvers try regular expressions on every scalar (its null ones on every scalar
 * whatever its first character): a sixth of the time it takes to read a big world. The values YAML 1.1 reads
 * as null are few, and compared as text here.
 */
final class TextResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
        // none: resolve() below decides
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit) {
            return isNull(value) ? Tag.NULL : Tag.STR;
        }
        return super.resolve(kind, value, implicit);
    }

    /** What SnakeYAML's null resolvers match: {@code ^(?:~|null|Null|NULL| )$} and the empty value. */
    private static boolean isNull(String value) {
        return switch (value) {
            case "", "~", "null", "Null", "NULL", " " -> true;
            default -> false;
        };
    }
}
