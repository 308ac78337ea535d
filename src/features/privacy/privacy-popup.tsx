import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import {
  answerPrivacyRequest,
  openPrivacyGuide,
  watchPrivacyRequests,
  type PrivacyRequest,
} from '@/lib/platform/privacy';
import { privacyPurpose } from './privacy-purpose';
import './privacy-popup.scss';

/** WeChat checks that the agree answer names a button the user really tapped: this one. */
const AGREE_BUTTON_ID = 'privacy-agree';

/**
 * The popup WeChat asks for before the first location, file or clipboard call: says what the app is about
 * to read and why, links to the privacy guide, and lets the user agree (the call goes on) or decline
 * (it fails, and the caller says so). Renders nothing until WeChat asks.
 */
export function PrivacyPopup() {
  const [request, setRequest] = useState<PrivacyRequest | null>(null);
  useEffect(() => watchPrivacyRequests(setRequest), []);
  if (!request) return null;

  const agree = () => {
    setRequest(null);
    answerPrivacyRequest({ agreed: true, buttonId: AGREE_BUTTON_ID });
  };
  const decline = () => {
    setRequest(null);
    answerPrivacyRequest({ agreed: false });
  };

  return (
    <View className="privacy-mask">
      <View className="privacy-popup" role="dialog" aria-label="隐私保护提示">
        <Text className="privacy-popup__title">隐私保护提示</Text>
        <Text className="privacy-popup__text">{privacyPurpose(request.referrer)}</Text>
        <Text className="privacy-popup__text">
          使用前请阅读
          <Text className="privacy-popup__link" onClick={openPrivacyGuide}>
            《智慧党建隐私保护指引》
          </Text>
          。点“同意”即表示您已阅读并同意；点“拒绝”不影响其他功能。
        </Text>
        <View className="privacy-popup__actions">
          <Button className="privacy-popup__decline" onClick={decline}>
            拒绝
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="privacy-popup__agree"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={agree}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  );
}
