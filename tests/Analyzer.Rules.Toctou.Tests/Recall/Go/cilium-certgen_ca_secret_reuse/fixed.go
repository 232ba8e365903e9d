// https://github.com/cilium/certgen/pull/55
// Fixed as in the PR: the CA Secret is stored with Create only (force=false); if another certgen
// process created it first, Create fails with AlreadyExists and this process reloads that CA from the
// Secret instead of overwriting it, so every process ends up using the same CA.
package certgen

import (
	"context"

	k8sErrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
)

func loadCAFromSecret(ctx context.Context, k8sClient *kubernetes.Clientset, c *CA) error {
	s, err := k8sClient.CoreV1().Secrets(c.SecretNamespace).Get(ctx, c.SecretName, metav1.GetOptions{})
	if err != nil {
		return err
	}
	c.CACertBytes, c.CAKeyBytes = s.Data["ca.crt"], s.Data["ca.key"]
	return nil
}

func storeCAAsSecret(ctx context.Context, k8sClient *kubernetes.Clientset, c *CA, force bool) error {
	secrets := k8sClient.CoreV1().Secrets(c.SecretNamespace)
	_, err := secrets.Create(ctx, c.secret(), metav1.CreateOptions{})
	if k8sErrors.IsAlreadyExists(err) && force {
		_, err = secrets.Update(ctx, c.secret(), metav1.UpdateOptions{})
	}
	return err
}

func ensureSharedCA(ctx context.Context, k8sClient *kubernetes.Clientset, c *CA) error {
	err := loadCAFromSecret(ctx, k8sClient, c)
	if err == nil {
		return nil
	}
	if !k8sErrors.IsNotFound(err) {
		return err
	}
	if err := c.Generate("Cilium CA"); err != nil {
		return err
	}
	err = storeCAAsSecret(ctx, k8sClient, c, false)
	if k8sErrors.IsAlreadyExists(err) {
		return loadCAFromSecret(ctx, k8sClient, c)
	}
	return err
}
