# https://github.com/sunscrapers/djoser/issues/190
# Fixed as in PR #196: the unique constraint arbitrates; an IntegrityError raised by the
# losing request is reported as a validation error instead of a 500.
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from rest_framework import generics, serializers

User = get_user_model()


class SafeUserRegistrationSerializer(serializers.ModelSerializer):
    password = serializers.CharField(write_only=True)

    default_error_messages = {"cannot_create_user": "Unable to create account."}

    class Meta:
        model = User
        fields = ("email", "username", "password")

    def validate(self, attrs):
        if User.objects.filter(username=attrs["username"]).exists():
            raise serializers.ValidationError("A user with that username already exists.")
        return attrs

    def create(self, validated_data):
        try:
            with transaction.atomic():
                user = User.objects.create_user(**validated_data)
        except IntegrityError:
            self.fail("cannot_create_user")
        return user


class SafeRegistrationView(generics.CreateAPIView):
    serializer_class = SafeUserRegistrationSerializer
    permission_classes = ()

    def perform_create(self, serializer):
        serializer.save()
