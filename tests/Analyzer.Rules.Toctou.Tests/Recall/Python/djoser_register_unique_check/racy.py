# https://github.com/sunscrapers/djoser/issues/190
# The register endpoint validates that the username is not taken (a query), then creates
# the user in a later step; two near-simultaneous POSTs both pass validation and the
# second INSERT fails with IntegrityError (HTTP 500). Fix (PR #196): catch IntegrityError
# around the create and turn it into a validation error ("cannot_create_user").
from django.contrib.auth import get_user_model
from rest_framework import generics, serializers

User = get_user_model()


class UserRegistrationSerializer(serializers.ModelSerializer):
    password = serializers.CharField(write_only=True)

    class Meta:
        model = User
        fields = ("email", "username", "password")

    def validate(self, attrs):
        if User.objects.filter(username=attrs["username"]).exists():
            raise serializers.ValidationError("A user with that username already exists.")
        return attrs

    def create(self, validated_data):
        user = User.objects.create_user(**validated_data)  # Noncompliant
        return user


class RegistrationView(generics.CreateAPIView):
    serializer_class = UserRegistrationSerializer
    permission_classes = ()

    def perform_create(self, serializer):
        serializer.save()
