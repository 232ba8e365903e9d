import java.util.Arrays;

// A catch that takes back what the try added runs because something in the try failed, not because of the test the
// try made on the way; the test and the add are under one lock.
class Rollbacks {
    private String[] names = new String[0];
    private String[] paths = new String[0];

    synchronized boolean contains(String name) {
        return Arrays.asList(names).contains(name);
    }

    synchronized void remove(String name) {
        names = Arrays.stream(names).filter(n -> !n.equals(name)).toArray(String[]::new);
    }

    void addWithPath(String name, String path) {
        try {
            synchronized (this) {
                if (!contains(name)) {
                    names = append(names, name);
                }
                paths = append(paths, path);
            }
        } catch (RuntimeException e) {
            remove(name);
            throw e;
        }
    }

    private static String[] append(String[] array, String item) {
        String[] longer = Arrays.copyOf(array, array.length + 1);
        longer[array.length] = item;
        return longer;
    }
}
