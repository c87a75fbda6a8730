package dev.sitrep.pipeline;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One article on its way through the stages: the layers added so far. Each stage reads only the layers it
 * declared it requires and adds only those it declared it provides; {@link Pipeline} checks both.
 */
public final class Analysis {

    private final Map<Layer<?>, Object> layers = new IdentityHashMap<>();

    Analysis() {
    }

    /** The value of a layer a stage required. */
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException("layer " + layer + " has not been added");
        }
        return layer.cast(value);
    }

    /** Adds a layer; a layer is added once. */
    public <T> void put(Layer<T> layer, T value) {
        if (layers.putIfAbsent(layer, layer.cast(value)) != null) {
            throw new IllegalStateException("layer " + layer + " added twice");
        }
    }

    boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }
}
