package io.leadgate.dnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;

class DncSetTest {

    private static DncSet setOf(long... numbers) {
        DncSetBuilder builder = new DncSetBuilder();
        for (long n : numbers) {
            builder.add(n);
        }
        return builder.build();
    }

    @Test
    void holdsExactlyTheNumbersItWasBuiltFrom() {
        DncSet set = setOf(2015551234L, 2015551235L, 9999999999L, 2002000000L);

        assertThat(set.count()).isEqualTo(4);
        assertThat(set.contains(2015551234L)).isTrue();
        assertThat(set.contains(9999999999L)).isTrue();
        assertThat(set.contains(2002000000L)).isTrue();
        assertThat(set.contains(2015551236L)).isFalse();
        assertThat(set.contains(3015551234L)).isFalse();
        assertThat(set.areaCodes()).containsExactly(200, 201, 999);
        assertThat(set.bitmaps().get(201)).isEqualTo(RoaringBitmap.bitmapOf(5551234, 5551235));
    }

    @Test
    void answersNoForNumbersNoListCanHold() {
        DncSet set = setOf(2015551234L);

        assertThat(set.contains(1015551234L)).isFalse();
        assertThat(set.contains(-1)).isFalse();
        assertThat(set.contains(12015551234L)).isFalse();
    }

    @Test
    void buildsTheSameSetFromNumbersInAnyOrder() {
        SplittableRandom random = new SplittableRandom(7);
        TreeSet<Long> numbers = new TreeSet<>();
        while (numbers.size() < 50_000) {
            numbers.add(DncNumbers.of(200 + random.nextInt(800), 2_000_000 + random.nextInt(8_000_000)));
        }
        DncSetBuilder sorted = new DncSetBuilder();
        numbers.forEach(sorted::add);
        DncSetBuilder shuffled = new DncSetBuilder();
        numbers.descendingSet().forEach(shuffled::add);
        numbers.forEach(shuffled::add);

        DncSet a = sorted.build();
        DncSet b = shuffled.build();

        assertThat(b.count()).isEqualTo(a.count()).isEqualTo(50_000);
        assertThat(b.bitmaps()).isEqualTo(a.bitmaps());
        assertThat(numbers).allMatch(b::contains);
    }

    @Test
    void replacesSomeAreaCodesAndSharesTheOthers() {
        DncSet set = setOf(2015551234L, 2125551234L);
        RoaringBitmap replacement = RoaringBitmap.bitmapOf(5550000);

        DncSet changed = set.with(Map.of(201, replacement, 212, new RoaringBitmap()));

        assertThat(changed.contains(2015550000L)).isTrue();
        assertThat(changed.contains(2015551234L)).isFalse();
        assertThat(changed.contains(2125551234L)).isFalse();
        assertThat(changed.count()).isEqualTo(1);
        assertThat(set.contains(2015551234L)).as("the original is untouched").isTrue();
        assertThat(set.retain(Set.of(212)).areaCodes()).containsExactly(212);
        assertThat(set.retain(Set.of(212)).bitmap(212)).isSameAs(set.bitmap(212));
    }

    @Test
    void readsBitmapsInPlaceFromThePortableFormatAndRefusesCorruptOnes() {
        RoaringBitmap bitmap = RoaringBitmap.bitmapOf(2000000, 5551234, 9999999);
        bitmap.add(3_000_000L, 3_100_000L);
        bitmap.runOptimize();

        byte[] bytes = DncSet.serialize(bitmap);
        ImmutableRoaringBitmap inPlace = DncSet.readInPlace(bytes);

        assertThat(inPlace.toRoaringBitmap()).isEqualTo(bitmap);
        assertThat(inPlace.contains(3_050_000)).isTrue();
        assertThat(inPlace.contains(3_100_000)).isFalse();
        assertThatThrownBy(() -> DncSet.readInPlace(new byte[] {1, 2, 3})).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("corrupt bitmap");
        assertThatThrownBy(() -> DncSet.readInPlace(java.util.Arrays.copyOf(bytes, bytes.length + 5)))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void appliesChangesWithTheLastLineWinningAndCountsTheRealEffect() {
        DncSet before = setOf(2015551234L, 2015551235L);
        DncChanges changes = new DncChanges();
        changes.add(2015551234L);   // on the list already
        changes.add(2015551236L);   // new
        changes.remove(2015551235L); // taken off
        changes.remove(2015551299L); // was not on it
        changes.add(2125550000L);
        changes.remove(2125550000L); // added then deleted: deleted
        changes.remove(2125550001L);
        changes.add(2125550001L);    // deleted then added: added

        DncChanges.Applied applied = changes.applyTo(before::bitmap);
        DncSet after = before.with(applied.bitmaps());

        assertThat(applied.added()).isEqualTo(2);
        assertThat(applied.removed()).isEqualTo(1);
        assertThat(after.count()).isEqualTo(3);
        assertThat(after.contains(2015551234L)).isTrue();
        assertThat(after.contains(2015551236L)).isTrue();
        assertThat(after.contains(2015551235L)).isFalse();
        assertThat(after.contains(2125550000L)).isFalse();
        assertThat(after.contains(2125550001L)).isTrue();
    }
}
