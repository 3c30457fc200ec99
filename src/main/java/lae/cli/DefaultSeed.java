package lae.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default of {@code --seed} ({@link SeedOption}) for the verb it annotates: the seed that verb's committed
 * reports were made with. Every verb that takes --seed carries it; --help shows it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface DefaultSeed {
    /** The seed when --seed is not given. */
    long value();
}
