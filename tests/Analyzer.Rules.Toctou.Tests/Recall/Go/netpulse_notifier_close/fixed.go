// https://github.com/gnacho/netpulse/issues/202
// Fixed: Close closes only done; the worker stops on done and drains what is queued, and the message channel is never
// closed, so a late send only waits in the buffer or is dropped.
package push

import "sync"

type Event struct {
	Host   string
	Status string
}

type Webhook struct {
	queue chan Event
	stop  chan struct{}
	wg    sync.WaitGroup
}

func NewWebhook(size int) *Webhook {
	w := &Webhook{queue: make(chan Event, size), stop: make(chan struct{})}
	w.wg.Add(1)
	go w.loop()
	return w
}

func (w *Webhook) Send(e Event) bool {
	select {
	case <-w.stop:
		return false
	default:
	}
	select {
	case w.queue <- e:
		return true
	case <-w.stop:
		return false
	default:
		return false
	}
}

func (w *Webhook) loop() {
	defer w.wg.Done()
	for {
		select {
		case e := <-w.queue:
			post(e)
		case <-w.stop:
			for {
				select {
				case e := <-w.queue:
					post(e)
				default:
					return
				}
			}
		}
	}
}

func (w *Webhook) Close() {
	close(w.stop)
	w.wg.Wait()
}

func post(e Event) {}
