// https://github.com/pion/example-webrtc-applications/pull/63 (merged as ea3ce4dd345b1e1fc496d1c487e47848c0f06f48)
// The sfu-ws room handler checked atomic.LoadInt32(&pubCount) == 0 and then did a separate
// atomic.AddInt32(&pubCount, 1), so two websocket clients arriving together could both become the
// publisher. The fix lets one atomic.AddInt32(&pubCount, 1) == 1 decide who publishes.
package sfuws

import (
	"net/http"
	"sync"
	"sync/atomic"
)

type peerConnection struct{ remote string }

var (
	// Publisher peer
	pubCount    int32
	pubReceiver *peerConnection

	// Local track shared with every subscriber
	videoTrack     string
	videoTrackLock = sync.RWMutex{}
)

func readOffer(r *http.Request) string { return r.URL.Query().Get("sdp") }

func room(w http.ResponseWriter, r *http.Request) {
	offer := readOffer(r)

	if atomic.LoadInt32(&pubCount) == 0 {
		atomic.AddInt32(&pubCount, 1) // Noncompliant

		pubReceiver = &peerConnection{remote: offer}
		videoTrackLock.Lock()
		videoTrack = "video-from-" + pubReceiver.remote
		videoTrackLock.Unlock()
		_, _ = w.Write([]byte("answer for publisher"))
		return
	}

	videoTrackLock.RLock()
	track := videoTrack
	videoTrackLock.RUnlock()
	_, _ = w.Write([]byte("answer for subscriber of " + track))
}

func serveRoom() error {
	http.HandleFunc("/websocket", room)
	return http.ListenAndServe(":8080", nil)
}
