import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

// A servlet container sends every request through one servlet object, many at a time.
class Visits extends HttpServlet {
    private final Map<String, Integer> visits = new HashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getRequestURI();
        if (!visits.containsKey(page)) { // Secondary [check]
            visits.put(page, 0); // Noncompliant [TOCTOU001] {{visits is checked at line 15 and changed at line 16 by visits.put(page, 0), with no lock held at either point, while doGet serves requests, many at a time}}
        }
        response.getWriter().println(page);
    }
}

// What it changes belongs to the request.
class Echo extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> seen = new HashMap<>();
        if (!seen.containsKey("uri")) {
            seen.put("uri", request.getRequestURI());
        }
        response.getWriter().println(seen);
    }
}

// A request's own method that takes a request and a response serves no other request.
class AsyncRequest {
    private Object async;

    Object startAsync(HttpServletRequest request, HttpServletResponse response) {
        if (async == null) {
            async = new Object();
        }
        return async;
    }
}
