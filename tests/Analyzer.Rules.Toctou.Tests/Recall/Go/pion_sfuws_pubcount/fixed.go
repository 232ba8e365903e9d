// https://github.com/pion/example-webrtc-applications/pull/63 (merged as ea3ce4dd345b1e1fc496d1c487e47848c0f06f48)
// Fixed version: the increment itself decides, so exactly one websocket client becomes the
// publisher (atomic.AddInt32(&publisherCount, 1) == 1).
package sfuws

import (
	"net/http"
	"sync"
	"sync/atomic"
)

type rtcPeer struct{ remote string }

var (
	// Publisher peer
	publisherCount int32
	publisherPeer  *rtcPeer

	// Local track shared with every subscriber
	sharedVideoTrack     string
	sharedVideoTrackLock = sync.RWMutex{}
)

func offerFromRequest(r *http.Request) string { return r.URL.Query().Get("sdp") }

func roomHandler(w http.ResponseWriter, r *http.Request) {
	offer := offerFromRequest(r)

	if atomic.AddInt32(&publisherCount, 1) == 1 {
		publisherPeer = &rtcPeer{remote: offer}
		sharedVideoTrackLock.Lock()
		sharedVideoTrack = "video-from-" + publisherPeer.remote
		sharedVideoTrackLock.Unlock()
		_, _ = w.Write([]byte("answer for publisher"))
		return
	}

	sharedVideoTrackLock.RLock()
	track := sharedVideoTrack
	sharedVideoTrackLock.RUnlock()
	_, _ = w.Write([]byte("answer for subscriber of " + track))
}

func serveRoomHandler() error {
	http.HandleFunc("/websocket", roomHandler)
	return http.ListenAndServe(":8080", nil)
}
