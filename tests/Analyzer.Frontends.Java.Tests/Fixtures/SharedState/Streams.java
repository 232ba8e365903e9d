import java.util.HashMap;
import java.util.List;
import java.util.Map;

// A parallel stream runs the function given to forEach on many elements at once; a sequential one, one after another.
class WordCounts {
    private final Map<String, Integer> lengths = new HashMap<>();

    void measure(List<String> words) {
        words.parallelStream().forEach(word -> {
            if (!lengths.containsKey(word)) { // Secondary [check]
                lengths.put(word, word.length()); // Noncompliant [TOCTOU001] {{lengths is checked at line 11 and changed at line 12 by lengths.put(word, word.length()), with no lock held at either point, while the function literal they are in is started in parallel at line 10, on many items at once}}
            }
        });
    }

    void measureInOrder(List<String> words) {
        words.stream().forEach(word -> {
            if (!lengths.containsKey(word)) {
                lengths.put(word, word.length());
            }
        });
    }
}
