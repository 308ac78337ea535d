import { ID_CARD_NUMBER, MAINLAND_PHONE, normaliseIdCard, normalisePhone } from '../../types/identifiers';
import { BindingRequestInput } from '../../types/schemas/binding';
import { IdCardNumber, MainlandPhone } from '../../types/schemas/common';

/** One normaliser for phones and ID numbers, shared by the forms, the roster import and the search box. */
test.each([
  ['１８３３４０６９０７９', '18334069079'],
  ['183-3406-9079', '18334069079'],
  ['183 3406 9079', '18334069079'],
  ['１８３　３４０６－９０７９', '18334069079'],
  [' 183—3406—9079 ', '18334069079'],
  ['+86 183 3406 9079', '18334069079'],
  ['8618334069079', '18334069079'],
])('phone %j normalises to %s', (typed, phone) => {
  expect(normalisePhone(typed)).toBe(phone);
  expect(MAINLAND_PHONE.test(normalisePhone(typed))).toBe(true);
  expect(MainlandPhone.parse(typed)).toBe(phone);
});

test.each([
  ['３３０１０６１９９０　０３０７０１２ｘ', '33010619900307012X'],
  ['330106 19900307 012x', '33010619900307012X'],
  ['330106-19900307-012X', '33010619900307012X'],
])('ID number %j normalises to %s', (typed, idCard) => {
  expect(normaliseIdCard(typed)).toBe(idCard);
  expect(ID_CARD_NUMBER.test(normaliseIdCard(typed))).toBe(true);
  expect(IdCardNumber.parse(typed)).toBe(idCard);
});

test('what is not a phone stays not a phone', () => {
  expect(MAINLAND_PHONE.test(normalisePhone('1833406907'))).toBe(false);
  expect(MAINLAND_PHONE.test(normalisePhone('28334069079'))).toBe(false);
  expect(MainlandPhone.safeParse('183-3406-907a').success).toBe(false);
});

test('the binding request’s last 4 phone digits go through the same normaliser', () => {
  const request = BindingRequestInput.parse({ name: '张三', phoneLast4: '９０ ７９', unitId: 'u-b-east' });
  expect(request.phoneLast4).toBe('9079');
});
