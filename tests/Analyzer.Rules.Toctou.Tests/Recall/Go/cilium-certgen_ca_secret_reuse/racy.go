// https://github.com/cilium/certgen/pull/55
// With --ca-reuse-secret and --ca-generate, certgen reads the CA Secret and, on NotFound, generates
// a new CA and stores it with Create, falling back to Update when the Secret exists. Two certgen
// processes can both see NotFound; the second one then overwrites the CA the first one stored and used.
// Fix: storing the CA no longer updates on AlreadyExists (force=false); the caller reloads the CA from the Secret.
package certgen

import (
	"context"

	v1 "k8s.io/api/core/v1"
	k8sErrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
)

type CA struct {
	SecretName      string
	SecretNamespace string
	CACertBytes     []byte
	CAKeyBytes      []byte
}

func (c *CA) Generate(commonName string) error {
	c.CACertBytes, c.CAKeyBytes = []byte("cert:"+commonName), []byte("key")
	return nil
}

func (c *CA) secret() *v1.Secret {
	return &v1.Secret{
		ObjectMeta: metav1.ObjectMeta{Name: c.SecretName, Namespace: c.SecretNamespace},
		Data:       map[string][]byte{"ca.crt": c.CACertBytes, "ca.key": c.CAKeyBytes},
	}
}

// ensureCA runs in every certgen Job/Pod started for the cluster.
func ensureCA(ctx context.Context, k8sClient *kubernetes.Clientset, c *CA) error {
	secrets := k8sClient.CoreV1().Secrets(c.SecretNamespace)
	existing, err := secrets.Get(ctx, c.SecretName, metav1.GetOptions{})
	if err == nil {
		c.CACertBytes, c.CAKeyBytes = existing.Data["ca.crt"], existing.Data["ca.key"]
		return nil
	}
	if !k8sErrors.IsNotFound(err) {
		return err
	}

	if err := c.Generate("Cilium CA"); err != nil {
		return err
	}
	_, err = secrets.Create(ctx, c.secret(), metav1.CreateOptions{})
	if k8sErrors.IsAlreadyExists(err) {
		_, err = secrets.Update(ctx, c.secret(), metav1.UpdateOptions{}) // Noncompliant
	}
	return err
}
